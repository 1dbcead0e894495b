package cn.gov.talent.web;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import cn.gov.talent.shared.NotFound;

/** A record looked up by the address that does not exist (or may not be seen) answers 404, not a server error. */
@ControllerAdvice
class NotFoundAdvice {

    @ExceptionHandler({ NoSuchElementException.class, NotFound.class })
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
