package id.aduan;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One browser's session across MockMvc requests, kept as a browser keeps it: the {@code SESSION} cookie
 * of the database session store (Spring Session JDBC), sent with every request ({@code .with(session)})
 * and replaced when an answer sets a new one ({@code .andDo(session)}, e.g. after a login). A
 * MockHttpSession would not do: the session store reads the cookie, not the servlet container's session.
 */
public final class BrowserSession implements RequestPostProcessor, ResultHandler {

	private Cookie cookie;

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (cookie != null) {
			List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of() : List.of(request.getCookies()));
			cookies.add(cookie);
			request.setCookies(cookies.toArray(Cookie[]::new));
		}
		return request;
	}

	@Override
	public void handle(MvcResult result) {
		Cookie given = result.getResponse().getCookie("SESSION");
		if (given != null) {
			cookie = given.getMaxAge() == 0 ? null : given;
		}
	}

	/** The cookie as the browser would send it; null before the first answer that set one. */
	public Cookie cookie() {
		return cookie;
	}
}
