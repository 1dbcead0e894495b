package cn.gov.talent.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

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
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (Exception unreadable) {
            // Tomcat throws its FileUploadException (an IOException, although the method declares none) and then
            // the same again at every later read of a parameter, which would break the error page too. A body
            // over the server's limit goes on as it is: the multipart resolver answers it with the upload
            // message. Any other unreadable body goes on with no parameters, and the multipart resolver turns it
            // into the bad-request page (BadInputAdvice).
            chain.doFilter(isSizeLimit(unreadable) ? request : new UnreadableBody(request, unreadable), response);
            return;
        }
        String problem = problemOf(parameters);
        if (problem != null) {
            request.setAttribute(REASON, problem);
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static String problemOf(Map<String, String[]> parameters) {
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

    /** Whether the body was refused for its size (Tomcat's SizeException and its kinds, anywhere in the causes). */
    private static boolean isSizeLimit(Throwable unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getSimpleName().contains("SizeException") || type.getSimpleName().contains("SizeLimit")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** A request whose body could not be read: no parameters, and its parts fail as the body did. */
    private static final class UnreadableBody extends HttpServletRequestWrapper {

        private final Exception failure;

        UnreadableBody(HttpServletRequest request, Exception failure) {
            super(request);
            this.failure = failure;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() throws IOException {
            throw new IOException("the multipart body cannot be read", failure);
        }

        @Override
        public Part getPart(String name) throws IOException {
            throw new IOException("the multipart body cannot be read", failure);
        }
    }
}
