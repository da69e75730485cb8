/**
 * Keeps one client from flooding Aduan's public doors: submissions (the complaint form, the public API,
 * Open311, the tracking page's answers and messages, the chat widget) and public reads are each limited
 * per client address with token buckets (Bucket4j); past the limit the answer is 429 with Retry-After
 * and an Indonesian explanation. Staff pages are not limited: they need a login.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rate limiting", allowedDependencies = "system")
package id.aduan.ratelimit;
