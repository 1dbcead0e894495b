package cn.gov.talent.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriUtils;

/**
 * Gives every page the current query without its {@code page} parameter, so the pager's links
 * keep the filters the user chose.
 */
@ControllerAdvice
class PageLinks {

    @ModelAttribute("filterQuery")
    String filterQuery(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream()
                .filter(entry -> !entry.getKey().equals("page") && !entry.getKey().equals("lang")
                        && !entry.getKey().equals("_csrf"))
                .flatMap(entry -> Arrays.stream(entry.getValue())
                        .map(value -> UriUtils.encodeQueryParam(entry.getKey(), "UTF-8") + "="
                                + UriUtils.encodeQueryParam(value, "UTF-8")))
                .collect(Collectors.joining("&"));
    }
}
