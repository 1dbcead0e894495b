package cn.gov.talent.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Two people changed the same record at once: the later change is refused by its version
 * column, and the user is told to reload rather than shown a server error. Nothing is overwritten.
 */
@ControllerAdvice
class ConcurrentChangeAdvice {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String concurrentChange() {
        return "error/409";
    }
}
