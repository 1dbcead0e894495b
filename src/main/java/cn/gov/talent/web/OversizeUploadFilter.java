package cn.gov.talent.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload larger than the server takes is answered before its body is read: the browser says how
 * large it is, so the user goes straight back to the page of the form with the message in their own
 * language, instead of the container's "413 Payload Too Large". The container reads and discards the
 * rest of the body ({@code server.tomcat.max-swallow-size}), so the browser receives the answer
 * instead of a dropped connection. Each upload page checks its own, smaller limit with a message of its
 * own; a body without a declared length meets the container's limit in {@link UploadLimitAdvice}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 90)
class OversizeUploadFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;

    private final MessageSource messages;

    private final LocaleResolver locales;

    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    OversizeUploadFilter(@Value("${spring.servlet.multipart.max-request-size:26MB}") DataSize maxRequestSize,
            MessageSource messages, LocaleResolver locales) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (maxRequestBytes <= 0 || request.getContentLengthLong() <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        String page = UploadLimitAdvice.pageOfTheForm(request);
        FlashMap flash = new FlashMap();
        flash.put(Answers.ERROR, messages.getMessage("upload.tooLargeForServer", null,
                locales.resolveLocale(request)));
        flash.setTargetRequestPath(page.replaceAll("\\?.*", ""));
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + page);
    }
}
