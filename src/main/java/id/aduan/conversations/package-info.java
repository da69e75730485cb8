/**
 * Conversations (percakapan): the two-way message thread of every complaint, between the complainant
 * (on the tracking page with the tracking code and access key, through the API, or by replying to
 * Aduan's email) and the staff who may see the complaint; and chats that visitors of the office's
 * website open through the embeddable widget, which the help desk answers and may turn into a
 * complaint. New messages are announced with {@link id.aduan.conversations.MessagePosted}; the
 * follow-up module tells the other side.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations",
		allowedDependencies = { "system", "catalog", "accounts", "complaints", "audit" })
package id.aduan.conversations;
