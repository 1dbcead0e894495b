package cn.gov.talent.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedRuntimeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import cn.gov.talent.shared.Refusal;

/**
 * Bad input is the client's error, answered with the "bad request" page in the reader's language,
 * never a server error: a parameter that does not convert (a letter for an id, an unknown code for a
 * list), a missing one, a list index beyond the form's rows, a sort by an unknown property, a body that
 * cannot be read (a multipart one too). Forms that people fill in check their fields and answer on the
 * same page; this is for what only an altered request sends. What the database refuses outside
 * {@link Answers} (which turns it into a message on the page) is answered here too: a double submit that
 * lost the race sees "already done" (409), anything else a bad request.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BadInputAdvice {

    private final Answers answers;

    BadInputAdvice(Answers answers) {
        this.answers = answers;
    }

    @ExceptionHandler({ TypeMismatchException.class, InvalidPropertyException.class, ConversionException.class,
            ServletRequestBindingException.class, BindException.class, HandlerMethodValidationException.class,
            PropertyReferenceException.class, HttpMessageNotReadableException.class })
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest() {
        return "error/400";
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String refusedByTheDatabase(DataIntegrityViolationException e, Model model,
            HttpServletResponse response) {
        Refusal refusal = DatabaseRefusals.of(e);
        boolean alreadyDone = refusal.messageKey().equals("input.alreadyRecorded");
        response.setStatus(alreadyDone ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        model.addAttribute("refusalText", answers.describe(refusal));
        return "error/400";
    }

    /** A refusal no page caught (pages answer through {@link Answers}): its reason, never a server error. */
    @ExceptionHandler(Refusal.class)
    String refused(Refusal refusal, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("refusalText", answers.describe(refusal));
        return "error/400";
    }

    /**
     * A refusal raised while the transaction committed (a changed entity flushed then, a text too long for
     * its column): answered as that refusal. Any other failure of the commit is thrown again, a server error.
     */
    @ExceptionHandler({ TransactionSystemException.class, JpaSystemException.class })
    String refusedAtCommit(NestedRuntimeException failedAtCommit, Model model, HttpServletResponse response) {
        return refused(Answers.refusalOf(failedAtCommit), model, response);
    }

    /**
     * A multipart body that cannot be read: no boundary, cut short, more parts than the server takes. A file
     * too large for the server is a {@link MaxUploadSizeExceededException} (a multipart exception too),
     * answered by {@link UploadLimitAdvice}, which is ordered before this advice: Spring asks the advices in
     * their order and takes the first that handles the exception at all.
     */
    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadableForm(Model model) {
        model.addAttribute(InputHygieneFilter.REASON, "error.400.multipart");
        return "error/400";
    }

    @ExceptionHandler({ HttpRequestMethodNotSupportedException.class })
    @ResponseStatus(HttpStatus.METHOD_NOT_ALLOWED)
    String methodNotAllowed() {
        return "error/400";
    }

    @ExceptionHandler({ HttpMediaTypeException.class })
    @ResponseStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
    String mediaType() {
        return "error/400";
    }
}
