package cn.gov.bizenv.portal.web.shell;

import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/**
 * Shows a refused request on the page: each invalid field gets its message next to it (its input
 * keeps what the person typed, because the view is not reset), anything else a message at the top.
 */
@RequestScoped
public class FacesErrors {
  @Inject FacesContext faces;
  @Inject Texts texts;

  /**
   * @param form the id of the form whose inputs are named after the command's fields
   */
  public void show(DomainException problem, String form) {
    faces.validationFailed();
    if (problem instanceof InvalidInputException invalid) {
      for (FieldViolation violation : invalid.violations()) {
        String text = texts.field(violation.messageKey(), violation.attributes());
        String clientId = form + ":" + violation.field();
        UIComponent input = faces.getViewRoot().findComponent(":" + clientId);
        if (input instanceof UIInput field) {
          field.setValid(false);
          faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        } else {
          faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
      }
      return;
    }
    String text = texts.get(problem.messageKey(), problem.arguments().toArray());
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** A refusal that is not an exception of the application, such as a file found invalid. */
  public void error(String key, Object... arguments) {
    faces.validationFailed();
    String text = texts.get(key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public void info(String key, Object... arguments) {
    String text = texts.get(key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
