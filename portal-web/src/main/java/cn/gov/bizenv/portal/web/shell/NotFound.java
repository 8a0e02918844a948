package cn.gov.bizenv.portal.web.shell;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a page's request with 404, for view actions whose record is missing or out of scope. */
public final class NotFound {
  private NotFound() {}

  public static void respond() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
