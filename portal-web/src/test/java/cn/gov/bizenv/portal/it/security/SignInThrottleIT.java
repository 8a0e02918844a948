package cn.gov.bizenv.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.FormSession;
import cn.gov.bizenv.portal.it.PortalIT;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is throttled per account and per client address, on HTTP Basic and on the login
 * form alike, with the same answer for names that exist and names that do not (issue 18, item 3).
 * The counts live in the database; the clock is moved past the window to see a lock end.
 */
class SignInThrottleIT extends PortalIT {
  private static final int PER_ACCOUNT = 5;
  private static final int PER_ADDRESS = 20;
  URL base;

  @BeforeEach
  void address() {
    base = onLoopback();
  }

  @Test
  void anAccountIsLockedAfterFiveFailuresOnEitherPathEvenForTheRightPasswordUntilTheWindowPasses()
      throws IOException {
    String address = ApiClient.randomAddress();
    for (int i = 0; i < PER_ACCOUNT; i++) {
      Reply wrong = ApiClient.as(base, "leader", "guess-" + i).from(address).get("api/cases");
      assertEquals(401, wrong.status(), "failure " + (i + 1) + ": " + wrong);
    }
    // another address: the account's own count refuses it, the right password included
    Reply right =
        ApiClient.as(base, "leader", DemoAccounts.PASSWORD)
            .from(ApiClient.randomAddress())
            .get("api/cases");
    assertEquals(429, right.status(), right.toString());
    assertEquals("error.signIn.tooMany", right.json().getString("code"));
    HttpResponse<String> form =
        FormSession.postSignIn(base, "leader", DemoAccounts.PASSWORD, ApiClient.randomAddress());
    assertEquals(429, form.statusCode(), "the form is refused too");
    assertTrue(form.body().contains("登录失败次数过多"), form.body());

    Path clock = clockFile();
    String before = Files.exists(clock) ? Files.readString(clock).strip() : "PT0S";
    try {
      Files.writeString(clock, Duration.parse(before).plusMinutes(16).toString());
      Reply later =
          ApiClient.as(base, "leader", DemoAccounts.PASSWORD)
              .from(ApiClient.randomAddress())
              .get("api/cases");
      assertEquals(200, later.status(), "the lock ends with the window: " + later);
    } finally {
      Files.writeString(clock, before);
    }
    Reply afterwards =
        ApiClient.as(base, "leader", "one-more-wrong").from(address).get("api/cases");
    assertEquals(401, afterwards.status(), "the right password forgot the failures");
  }

  @Test
  void aNameThatDoesNotExistIsLockedWithTheSameAnswer() {
    String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    String address = ApiClient.randomAddress();
    for (int i = 0; i < PER_ACCOUNT; i++) {
      assertEquals(
          401, ApiClient.as(base, nobody, "guess-" + i).from(address).get("api/cases").status());
    }
    Reply refused = ApiClient.as(base, nobody, "guess").from(address).get("api/cases");
    assertEquals(429, refused.status(), refused.toString());
    assertEquals("error.signIn.tooMany", refused.json().getString("code"));
    assertEquals(
        "该用户名或本机地址登录失败次数过多，请 15 分钟后再试。",
        refused.json().getString("message"),
        "the same words as for an existing account, which cannot be told apart");
  }

  @Test
  void oneAddressTryingManyNamesIsStoppedOnTheFormAndOnBasic() {
    String address = ApiClient.randomAddress();
    for (int i = 0; i < PER_ADDRESS; i++) {
      String name = "spray-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
      int status =
          i % 2 == 0
              ? ApiClient.as(base, name, "guess").from(address).get("api/cases").status()
              : FormSession.postSignIn(base, name, "guess", address).statusCode();
      assertTrue(status == 401 || status == 200, "failure " + (i + 1) + " answered " + status);
    }
    Reply basic =
        ApiClient.as(base, "triage", DemoAccounts.PASSWORD + "-wrong")
            .from(address)
            .get("api/cases");
    assertEquals(429, basic.status(), basic.toString());
    HttpResponse<String> form = FormSession.postSignIn(base, "fresh-name", "guess", address);
    assertEquals(429, form.statusCode());
    Reply elsewhere = apiAs("triage").from(ApiClient.randomAddress()).get("api/cases");
    assertEquals(200, elsewhere.status(), "other addresses and accounts are not affected");
  }

  private static Path clockFile() {
    String file = System.getenv("PORTAL_TEST_CLOCK_OFFSET_FILE");
    if (file == null || file.isBlank()) {
      throw new IllegalStateException(
          "PORTAL_TEST_CLOCK_OFFSET_FILE is not set: run the integration tests through bin/test");
    }
    return Path.of(file);
  }
}
