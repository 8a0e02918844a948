package cn.gov.bizenv.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Resources are application-scoped (one instance: their EJB references are resolved once, not per
 * request); a resource that keeps part of the request in a field must be request-scoped, or one
 * request would read another's value.
 */
class ResourceScopeTest {
  private static final List<Class<? extends Annotation>> REQUEST_FIELDS =
      List.of(
          PathParam.class,
          QueryParam.class,
          BeanParam.class,
          HeaderParam.class,
          CookieParam.class,
          FormParam.class,
          MatrixParam.class);

  @Test
  void resourcesWithRequestFieldsAreRequestScopedAndTheOthersApplicationScoped()
      throws IOException {
    List<String> wrong = new ArrayList<>();
    int resources = 0;
    for (Class<?> type :
        ResourceScan.classesUnder(
            java.nio.file.Path.of("target/classes"), "cn.gov.bizenv.portal.rest")) {
      if (!type.isAnnotationPresent(Path.class)) {
        continue;
      }
      resources++;
      boolean holdsRequest = holdsRequestInFields(type);
      if (holdsRequest && !type.isAnnotationPresent(RequestScoped.class)) {
        wrong.add(
            type.getSimpleName() + " keeps request values in fields but is not @RequestScoped");
      }
      if (!holdsRequest && !type.isAnnotationPresent(ApplicationScoped.class)) {
        wrong.add(type.getSimpleName() + " should be @ApplicationScoped");
      }
    }
    assertTrue(resources > 10, "the scan found the resources");
    assertEquals(List.of(), wrong);
  }

  /** Parameters bound to fields, or the servlet request (which the application does not proxy). */
  private static boolean holdsRequestInFields(Class<?> type) {
    for (Field field : type.getDeclaredFields()) {
      for (Class<? extends Annotation> annotation : REQUEST_FIELDS) {
        if (field.isAnnotationPresent(annotation)) {
          return true;
        }
      }
      if (field.isAnnotationPresent(Context.class) && field.getType() == HttpServletRequest.class) {
        return true;
      }
    }
    return false;
  }
}
