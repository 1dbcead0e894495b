package cn.gov.talent.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.Refusal;

/**
 * A file beyond the server's multipart limit never reaches a controller: the user goes back to the
 * page the form was on (the request's own Referer, when it is a page of this site) with a clear
 * message, instead of an error page. Each upload page checks its own, smaller limit first. Ordered first:
 * {@link BadInputAdvice} answers every other multipart exception (the type this one extends) as bad input.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final Answers answers;

    UploadLimitAdvice(Answers answers) {
        this.answers = answers;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        // each page states its own limit beside its upload field; the server's is larger than all of them
        answers.refused(redirect, new Refusal("upload.tooLargeForServer"));
        return "redirect:" + pageOfTheForm(request);
    }

    /**
     * The path (and query) of the page that posted, read from its Referer; the home page without one.
     * Only the path is kept, never the host, so the answer stays on this site whatever the header says
     * (also behind a proxy that changes the host name).
     */
    static String pageOfTheForm(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
