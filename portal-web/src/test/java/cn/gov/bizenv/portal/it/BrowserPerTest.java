package cn.gov.bizenv.portal.it;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh Chromium for every {@link Browser} field of a browser test, opened before each test at
 * the deployment's address; after the test, pass or fail, a screenshot of where each browser ended
 * ({@code target/screenshots/<test method>.png}, or {@code <test method>-<field>.png} when the test
 * has several browsers), and the browser closed.
 *
 * <p>The address is the test's {@code @ArquillianResource URL}, which Arquillian fills in its own
 * before-each step, so Arquillian's extension comes first: {@code @ExtendWith({
 * ArquillianExtension.class, BrowserPerTest.class})}. A test's {@code @BeforeEach} methods run
 * after the browsers opened and its {@code @AfterEach} methods before they close.
 */
public final class BrowserPerTest implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace OPENED =
      ExtensionContext.Namespace.create(BrowserPerTest.class);

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    Object test = context.getRequiredTestInstance();
    URL deployed = deployed(test);
    // Kept before the first browser opens, so that one failing to open still closes the others.
    Map<String, Browser> opened = new LinkedHashMap<>();
    context.getStore(OPENED).put(Browser.class, opened);
    for (Field field : browserFields(test.getClass())) {
      Browser browser = new Browser(deployed);
      opened.put(field.getName(), browser);
      field.set(test, browser);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    @SuppressWarnings("unchecked")
    Map<String, Browser> opened = context.getStore(OPENED).remove(Browser.class, Map.class);
    if (opened == null) {
      return;
    }
    String test = context.getRequiredTestMethod().getName();
    RuntimeException failure = null;
    for (Map.Entry<String, Browser> each : opened.entrySet()) {
      String name = opened.size() == 1 ? test : test + "-" + each.getKey();
      try (Browser browser = each.getValue()) {
        browser.screenshot(Path.of("target", "screenshots", name + ".png"));
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static URL deployed(Object test) throws IllegalAccessException {
    for (Field field : fields(test.getClass())) {
      if (field.isAnnotationPresent(ArquillianResource.class) && field.getType() == URL.class) {
        field.setAccessible(true);
        URL deployed = (URL) field.get(test);
        if (deployed == null) {
          throw new IllegalStateException(
              field.getName()
                  + " is not injected yet: list ArquillianExtension before BrowserPerTest");
        }
        return deployed;
      }
    }
    throw new IllegalStateException(
        test.getClass().getSimpleName() + " has no @ArquillianResource URL to open browsers at");
  }

  private static List<Field> browserFields(Class<?> type) {
    List<Field> browsers = new ArrayList<>();
    for (Field field : fields(type)) {
      if (field.getType() == Browser.class && !Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true);
        browsers.add(field);
      }
    }
    return browsers;
  }

  private static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      fields.addAll(List.of(c.getDeclaredFields()));
    }
    return fields;
  }
}
