package cn.gov.talent.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.Refusal;

/**
 * A file beyond the server's multipart limit never reaches a controller: the user goes back to the
 * page the form was on (the request's own Referer, when it is a page of this site) with a clear
 * message, instead of an error page. Each upload page checks its own, smaller limit first.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final Answers answers;
    private final DataSize serverLimit;

    UploadLimitAdvice(Answers answers, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize serverLimit) {
        this.answers = answers;
        this.serverLimit = serverLimit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        answers.refused(redirect, new Refusal("upload.tooLargeForServer", serverLimit.toMegabytes()));
        return "redirect:" + pageOfTheForm(request);
    }

    /** The path of the page that posted, if the Referer names one of this site; otherwise the home page. */
    static String pageOfTheForm(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            boolean sameSite = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            if (!sameSite || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
