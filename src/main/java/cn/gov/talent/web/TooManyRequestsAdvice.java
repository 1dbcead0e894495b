package cn.gov.talent.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import cn.gov.talent.shared.TooManyRequests;

/**
 * A rate limit reached: 429, a Retry-After header, and a page in the reader's language saying what was
 * refused and when to try again.
 */
@ControllerAdvice
class TooManyRequestsAdvice {

    @ExceptionHandler(TooManyRequests.class)
    ModelAndView tooMany(TooManyRequests refused, HttpServletResponse response) {
        long seconds = Math.max(1, refused.retryAfter().toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        long minutes = Math.max(1, (seconds + 59) / 60);
        return new ModelAndView("error/429", Map.of("retryMinutes", minutes, "tooMany", refused.messages()),
                HttpStatus.TOO_MANY_REQUESTS);
    }
}
