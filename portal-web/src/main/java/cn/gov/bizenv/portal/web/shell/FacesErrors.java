package cn.gov.bizenv.portal.web.shell;

import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.stream.Collectors;

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
          keepEntered(field);
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

  /**
   * The service refused after the model was updated, so the input has no submitted value left, and
   * PrimeFaces renders an invalid input without one as empty (empty strings are read as null here).
   * Giving back what the person entered, as text, keeps it on the page next to its message.
   */
  private void keepEntered(UIInput field) {
    Object value = field.getValue();
    if (field.getSubmittedValue() != null || value == null) {
      return;
    }
    Converter<Object> converter = converterFor(field, value);
    if (converter != null) {
      field.setSubmittedValue(converter.getAsString(faces, field, value));
    } else if (value instanceof Collection<?> values) {
      // As multiple-choice inputs (e.g. a date picker of several days) submit them:
      // comma-separated.
      field.setSubmittedValue(
          values.stream().map(String::valueOf).collect(Collectors.joining(",")));
    } else {
      field.setSubmittedValue(String.valueOf(value));
    }
  }

  @SuppressWarnings("unchecked")
  private Converter<Object> converterFor(UIInput field, Object value) {
    Converter<?> converter = field.getConverter();
    if (converter == null && !(value instanceof Collection<?>)) {
      converter = faces.getApplication().createConverter(value.getClass());
    }
    return (Converter<Object>) converter;
  }

  public void info(String key, Object... arguments) {
    String text = texts.get(key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
