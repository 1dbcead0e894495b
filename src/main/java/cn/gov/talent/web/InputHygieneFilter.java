package cn.gov.talent.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Input nobody can type is refused at the edge, before anything reads it: a parameter (name or value)
 * with a NUL byte or another control character (PostgreSQL cannot store NUL, and none of them has a
 * place in a form), or a value longer than any field of the application takes ({@value #MAX_LENGTH}
 * characters; the longest column holds 5,000). The answer is the "bad request" page in the reader's
 * language (400), and nothing is changed. It runs before Spring Security, so the sign-in form is
 * covered too; a multipart body too large to read is left for the upload limit's own answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class InputHygieneFilter extends OncePerRequestFilter {

    /** The request attribute naming why the request was refused, for the error page. */
    static final String REASON = "badInputReason";

    static final int MAX_LENGTH = 20_000;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problemOf(request);
        if (problem != null) {
            request.setAttribute(REASON, problem);
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static String problemOf(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unreadable) {
            // a multipart body over the server's limit: MultipartResolver answers it with the upload message
            return null;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (hasControlCharacter(parameter.getKey())) {
                return "error.400.control";
            }
            for (String value : parameter.getValue()) {
                if (value == null) {
                    continue;
                }
                if (value.length() > MAX_LENGTH) {
                    return "error.400.tooLong";
                }
                if (hasControlCharacter(value)) {
                    return "error.400.control";
                }
            }
        }
        return null;
    }

    /** NUL and the other C0 controls but tab, line feed and carriage return (which a textarea sends). */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
