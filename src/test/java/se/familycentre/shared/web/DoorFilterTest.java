package se.familycentre.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import se.familycentre.secrecy.Door;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * Every request through a web door carries its door (method and path, no query, no path parameters) while it is
 * served, and nothing of it is left on the thread afterwards, also when the request fails.
 */
@FamilyCentreSpringTest
class DoorFilterTest {

  @Autowired ApplicationContext context;

  static MockHttpServletRequest request(String method, String contextPath, String uri, String query) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
    request.setContextPath(contextPath);
    request.setQueryString(query);
    return request;
  }

  @Test
  void theDoorIsSetDuringTheRequestAndClearedAfterIt() throws Exception {
    List<String> seen = new ArrayList<>();
    FilterChain chain = (req, res) -> seen.add(Door.current());

    new DoorFilter().doFilter(request("GET", "/familjecentral",
        "/familjecentral/engine-rest/history/variable-instance;jsessionid=A1B2", "variables=x_eq_20230115"),
        new MockHttpServletResponse(), chain);
    new DoorFilter().doFilter(request("POST", "", "/api/referral/REF-2031-000001/consent-withdrawn", null),
        new MockHttpServletResponse(), chain);

    assertThat(seen).containsExactly("GET /engine-rest/history/variable-instance",
        "POST /api/referral/REF-2031-000001/consent-withdrawn");
    assertThat(Door.current()).isEqualTo(Door.JAVA_API);
  }

  @Test
  void aFailingRequestLeavesNoDoorBehind() {
    FilterChain failing = (req, res) -> {
      throw new ServletException("failed at " + Door.current());
    };
    assertThatThrownBy(() -> new DoorFilter().doFilter(request("PUT", "", "/camunda/api/engine/engine/default/x",
        null), new MockHttpServletResponse(), failing)).hasMessage("failed at PUT /camunda/api/engine/engine/default/x");
    assertThat(Door.current()).isEqualTo(Door.JAVA_API);
  }

  @Test
  void theFilterStandsOnEveryDoorBeforeTheAuthentication() {
    FilterRegistrationBean<?> door = registrations().stream().filter(r -> r.getFilter() instanceof DoorFilter)
        .findFirst().orElseThrow(() -> new AssertionError("DoorFilter is not registered"));
    assertThat(door.getUrlPatterns()).containsExactlyInAnyOrder("/engine-rest/*", "/camunda/api/*", "/api/*",
        "/handbook", "/handbook/*");
    List<FilterRegistrationBean<?>> authentication = registrations().stream()
        .filter(r -> r.getFilter() instanceof EngineAuthenticationFilter).toList();
    assertThat(authentication).isNotEmpty()
        .allSatisfy(a -> assertThat(door.getOrder()).isLessThan(a.getOrder()));
  }

  @SuppressWarnings("rawtypes")
  List<FilterRegistrationBean<?>> registrations() {
    List<FilterRegistrationBean<?>> all = new ArrayList<>();
    for (FilterRegistrationBean registration : context.getBeansOfType(FilterRegistrationBean.class).values()) {
      all.add(registration);
    }
    return all;
  }
}
