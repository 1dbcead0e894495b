package cn.gov.talent.shared.validation;

import java.time.Clock;
import java.lang.annotation.Documented;
import java.time.LocalDate;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import cn.gov.talent.shared.IdNumber;

/** A 居民身份证号码 with a correct GB 11643 check character; blank is left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = ValidIdNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIdNumber {

    String message() default "{validation.idNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's validator factory, which gives it the application's clock (a birth date may not lie ahead). */
    class Validator implements ConstraintValidator<ValidIdNumber, String> {

        private final Clock clock;

        public Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || IdNumber.isValid(value, LocalDate.now(clock));
        }
    }
}
