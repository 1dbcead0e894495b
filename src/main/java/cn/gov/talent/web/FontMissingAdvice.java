package cn.gov.talent.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No Chinese font on the server: a PDF download (an official form) answers 503 with a page saying so
 * and how to fix it, instead of a PDF of empty boxes. The certificates keep their own page.
 */
@ControllerAdvice
class FontMissingAdvice {

    @ExceptionHandler(CjkFont.FontMissing.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String fontMissing() {
        return "error/font-missing";
    }
}
