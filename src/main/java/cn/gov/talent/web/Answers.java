package cn.gov.talent.web;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.Labelled;
import cn.gov.talent.shared.Refusal;

/**
 * The one way a controller answers a POST that changes something: run the action, then redirect with
 * either the success message or the refusal's text in the reader's language. The page shows them in
 * the layout's two slots, {@value #SUCCESS} and {@value #ERROR}. What the user typed comes back as
 * the form object itself ({@link #redirect(String, RedirectAttributes, String, Object, Runnable)}), so
 * nothing entered is lost; a page that renders the form again on a refusal uses {@link #bind}.
 * Controllers do not catch refusals themselves. A refusal raised while the transaction commits (a
 * changed entity is flushed then, and {@code ColumnLengthGuard} refuses a text too long for its column)
 * reaches here wrapped in the commit's failure; it is unwrapped and answered like any other.
 */
@Component
public class Answers {

    /** The flash slot of a success message (text). */
    public static final String SUCCESS = "successText";

    /** The flash slot of a refusal (text). */
    public static final String ERROR = "errorText";

    /** The error code of a bound refusal: no message has it, so its text (already translated) shows. */
    private static final String REFUSED = "refused";

    private final MessageSource messages;

    Answers(MessageSource messages) {
        this.messages = messages;
    }

    /** A success message: a key and its arguments. */
    public record Done(String messageKey, Object... arguments) {
    }

    /** Runs the action; flashes {@code successKey} or the refusal; redirects to {@code target} (a path). */
    public String redirect(String target, RedirectAttributes redirect, String successKey, Runnable action) {
        return redirect(target, redirect, null, () -> {
            action.run();
            return new Done(successKey);
        });
    }

    /**
     * As {@link #redirect(String, RedirectAttributes, String, Runnable)}, and on a refusal the form
     * object the user filled in is flashed back under its conventional name (a {@code ReasonForm} as
     * {@code reasonForm}), for the page to show what was typed.
     */
    public String redirect(String target, RedirectAttributes redirect, String successKey, Object typed,
            Runnable action) {
        return redirect(target, redirect, typed, () -> {
            action.run();
            return new Done(successKey);
        });
    }

    /** Runs the action, whose result says the success message (with counts, names…). */
    public String redirect(String target, RedirectAttributes redirect, Object typed, Supplier<Done> action) {
        try {
            Done done = action.get();
            if (done != null && done.messageKey() != null) {
                success(redirect, done.messageKey(), done.arguments());
            }
        } catch (Refusal refused) {
            refuse(redirect, typed, refused);
        } catch (DataIntegrityViolationException refusedByTheDatabase) {
            refuse(redirect, typed, DatabaseRefusals.of(refusedByTheDatabase));
        } catch (TransactionSystemException | JpaSystemException failedAtCommit) {
            refuse(redirect, typed, refusalOf(failedAtCommit));
        }
        return "redirect:" + target;
    }

    private void refuse(RedirectAttributes redirect, Object typed, Refusal refused) {
        refused(redirect, refused);
        if (typed != null) {
            redirect.addFlashAttribute(typed);
        }
    }

    public void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute(SUCCESS, messages.getMessage(messageKey, named(arguments), locale()));
    }

    /** Arguments with a name on screen (a status, an event) in the reader's language. */
    private Object[] named(Object[] arguments) {
        if (arguments == null) {
            return null;
        }
        Object[] named = arguments.clone();
        for (int i = 0; i < named.length; i++) {
            if (named[i] instanceof Labelled labelled) {
                named[i] = messages.getMessage(labelled.messageKey(), null, locale());
            }
        }
        return named;
    }

    public void refused(RedirectAttributes redirect, Refusal refused) {
        redirect.addFlashAttribute(ERROR, describe(refused));
    }

    /** The refusal in the reader's language. */
    public String describe(Refusal refused) {
        return refused.describe(messages, locale());
    }

    /**
     * For a page that renders its form again on a refusal: runs the action and says whether it was
     * done; when refused, the refusal's problems are bound to the form ({@link #bind}) for the page to
     * show beside what was typed. The controller then renders the form instead of redirecting.
     */
    public boolean attempt(BindingResult result, Runnable action) {
        try {
            action.run();
            return true;
        } catch (Refusal refused) {
            bind(refused, result);
            return false;
        } catch (DataIntegrityViolationException refusedByTheDatabase) {
            bind(DatabaseRefusals.of(refusedByTheDatabase), result);
            return false;
        } catch (TransactionSystemException | JpaSystemException failedAtCommit) {
            bind(refusalOf(failedAtCommit), result);
            return false;
        }
    }

    /**
     * For a page that renders its form again: each of the refusal's problems goes to its field, or to
     * the form as a whole when it names none, so the error summary lists them beside what was typed.
     */
    public void bind(Refusal refused, BindingResult result) {
        for (Refusal.Problem problem : refused.problems()) {
            String text = Refusal.describe(problem, messages, locale());
            // the text is already in the reader's language; the code matches no message, so it is shown as is
            if (problem.field() != null && !problem.field().isBlank()) {
                result.rejectValue(problem.field(), REFUSED, text);
            } else {
                result.reject(REFUSED, text);
            }
        }
    }

    /**
     * The refusal a commit failed with (Hibernate wraps it in a {@code RollbackException}, Spring that in a
     * {@link TransactionSystemException}); any other failure of the commit is thrown again as it came.
     */
    static Refusal refusalOf(NestedRuntimeException failedAtCommit) {
        return refusalIn(failedAtCommit).orElseThrow(() -> failedAtCommit);
    }

    /** The first {@link Refusal} in the exception's chain of causes. */
    static Optional<Refusal> refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
