package cn.gov.bizenv.portal.web.shell;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form posted with a view state the server does not know (the session ended, or the token was
 * forged) is answered with the "page expired, please reload" page and 400, and one line in the log:
 * not the system-error page, a 500 and a stack trace per post. Registered in {@code
 * faces-config.xml}.
 */
public class ExpiredViews extends ExceptionHandlerFactory {
  static final String PAGE = "/WEB-INF/errorpages/expired.xhtml";
  private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
      while (queued.hasNext()) {
        ViewExpiredException expired = expired(queued.next().getContext().getException());
        if (expired != null) {
          queued.remove();
          showExpiredPage(FacesContext.getCurrentInstance(), expired);
        }
      }
      getWrapped().handle();
    }

    private static ViewExpiredException expired(Throwable problem) {
      for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
        if (cause instanceof ViewExpiredException expired) {
          return expired;
        }
      }
      return null;
    }

    private static void showExpiredPage(FacesContext faces, ViewExpiredException expired) {
      HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
      LOG.info(
          () ->
              "expired or unknown view state for "
                  + expired.getViewId()
                  + " from "
                  + request.getRemoteAddr()
                  + "; answered with the expired page");
      faces.getExternalContext().setResponseStatus(400);
      faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, PAGE));
      faces.getPartialViewContext().setRenderAll(true);
      faces.renderResponse();
    }
  }
}
