package cn.gov.bizenv.casetracking.application.calendar;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A number an administrator must enter, from 1 up to {@link #value()}: days, percentages and ladder
 * steps of a time-limit rule.
 *
 * <p>Each part reports itself, as if written out: {@code number.required}, {@code number.min} with
 * the bound 1, {@code number.max} with the field's bound, so the message beside the input and the
 * API's {@code fields[]} say which bound was broken. That is why this is not a
 * {@code @ReportAsSingleViolation}.
 */
@NotNull(message = "{number.required}")
@Min(value = 1, message = "{number.min}")
@Max(value = Long.MAX_VALUE, message = "{number.max}")
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
public @interface NumberUpTo {
  /** The largest number allowed. */
  @OverridesAttribute(constraint = Max.class, name = "value")
  long value();

  /** Never shown: the three constraints above report with their own messages. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
