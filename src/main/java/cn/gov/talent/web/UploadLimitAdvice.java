package cn.gov.talent.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file beyond the server's multipart limit never reaches a controller: send the user back to
 * the page they came from with a clear message, instead of an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

    /** The expert import page (review module) and its own limit, which the application checks first. */
    private static final String EXPERT_IMPORT = "/review/experts/import";
    private static final int EXPERT_IMPORT_MAX_MB = 5;

    private final MessageSource messages;

    UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        if (request.getRequestURI().equals(EXPERT_IMPORT)) {
            redirect.addFlashAttribute("errorText", messages.getMessage("expert.import.file.tooLarge",
                    new Object[] {String.valueOf(EXPERT_IMPORT_MAX_MB)}, locale));
            return "redirect:" + EXPERT_IMPORT;
        }
        redirect.addFlashAttribute("errorText", messages.getMessage("attachment.tooLargeForServer", null, locale));
        String back = request.getRequestURI().replaceAll("/attachments$", "/dossier");
        return "redirect:" + (back.startsWith("/applications/") ? back : "/");
    }
}
