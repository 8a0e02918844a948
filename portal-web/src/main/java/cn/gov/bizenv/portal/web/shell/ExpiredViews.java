package cn.gov.bizenv.portal.web.shell;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form posted with a view state the server does not know (the session ended, or the token was
 * forged), or without the script nonce PrimeFaces' CSP mode puts into every form (a post made by
 * something other than the page), is answered with the "page expired, please reload" page and 400,
 * and one line in the log: not the system-error page, a 500 and a stack trace per post. Registered
 * in {@code faces-config.xml}.
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
        Throwable stale = stale(queued.next().getContext().getException());
        if (stale != null) {
          queued.remove();
          showExpiredPage(FacesContext.getCurrentInstance(), stale);
          break;
        }
      }
      getWrapped().handle();
    }

    /** The expired view state or missing nonce behind a problem; null for any other problem. */
    private static Throwable stale(Throwable problem) {
      for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
        if (cause instanceof ViewExpiredException
            || cause.getClass().getName().equals("org.primefaces.csp.CspException")) {
          return cause;
        }
      }
      return null;
    }

    private static void showExpiredPage(FacesContext faces, Throwable stale) {
      ExternalContext external = faces.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      LOG.info(
          () ->
              "stale or forged post to "
                  + request.getRequestURI()
                  + " from "
                  + request.getRemoteAddr()
                  + " ("
                  + stale.getMessage()
                  + "); answered with the expired page");
      if (external.isResponseCommitted()) {
        return;
      }
      external.responseReset();
      external.setResponseStatus(400);
      // PrimeFaces gives a page rendered for a forward a fresh script nonce instead of asking the
      // post for one it does not have; the expired page stands in for the page that was posted.
      request.setAttribute(RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI());
      UIViewRoot page = faces.getApplication().getViewHandler().createView(faces, PAGE);
      faces.setViewRoot(page);
      faces.getPartialViewContext().setRenderAll(true);
      if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
        try {
          faces.getApplication().getViewHandler().renderView(faces, page);
        } catch (IOException clientGone) {
          // nothing to tell a client that has disconnected
        }
        faces.responseComplete();
      } else {
        faces.renderResponse();
      }
    }
  }
}
