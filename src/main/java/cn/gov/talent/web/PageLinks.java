package cn.gov.talent.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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
                        // form-encoded: a plus sign typed into a filter (or in a base64 value) is sent as %2B,
                        // since the server reads a bare one in a query as a space
                        .map(value -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
