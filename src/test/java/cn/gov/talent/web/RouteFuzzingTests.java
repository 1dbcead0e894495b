package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.RouteRecords;
import cn.gov.talent.support.TestData;

/**
 * Every mapped route (the rows of {@link PageAccessMatrixTests}, which fails when a route has none)
 * is sent malformed input of every kind, as an account that may use it: broken and hostile path ids,
 * and for each parameter the handler reads (found from the handler method: request parameters,
 * paging, every property of its form objects, list elements at absurd indexes) a NUL byte, a text far
 * longer than any column, numbers out of range, unknown codes, impossible dates. No answer may be a
 * server error: bad input is the client's error, answered with a message.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(Integer.MAX_VALUE) // last: it posts to every form target (see junit-platform.properties)
class RouteFuzzingTests {

    /** Values for a path id. */
    static final List<String> HOSTILE_IDS = List.of("0", "-1", "999999999", "99999999999999999999", "abc", "1.5",
            "%00", "%E2%80%AE");

    /** Values for any parameter; each is sent alone, the others absent. */
    static final List<String> HOSTILE_VALUES = List.of("", "\u0000", "a\u0000b", "x".repeat(100_001),
            "y".repeat(6_000), "-1", "999999999", "99999999999999999999", "XYZ", "2026-13-45", "<script>alert(1)</script>", "\uD83D\uDE00\u202E");

    /** Paging and sorting: each alone. */
    static final List<String> HOSTILE_PAGING = List.of("page=-1", "page=99999999", "size=99999999", "size=-5",
            "page=abc", "sort=abc", "sort=password_hash,desc", "sort=id;drop", "page=%00");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    RouteRecords routeRecords;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    RouteRecords.Records records;

    final List<String> failures = new ArrayList<>();

    int sent;

    final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @Autowired
    TestData data;

    @BeforeAll
    void records() {
        records = routeRecords.create();
        // its own account and calendar day to post to, not the demo's
        records.ids().put("user", String.valueOf(data.newUser("fuzz", "NCU", Role.EMPLOYER).getId()));
        records.ids().put("day", (data.year() + 5) + "-03-03");
    }

    @Test
    void noInputGivesAServerError() throws Exception {
        Set<String> routes = new LinkedHashSet<>();
        for (String[] row : PageAccessMatrixTests.MATRIX) {
            for (String account : accountsForPage(row[1])) {
                fuzz(HttpMethod.GET, row[0], account);
                routes.add("GET " + row[0]);
            }
        }
        for (String[] row : PageAccessMatrixTests.ACTIONS) {
            fuzz(HttpMethod.POST, row[0], accountForAction(row[1]));
            routes.add("POST " + row[0]);
        }
        System.out.printf("Route fuzzer: %d routes, %d requests, %d server errors; answers by status: %s%n",
                routes.size(), sent, failures.size(), statuses);
        assertThat(failures).as("requests answered with a server error").isEmpty();
    }

    /** The accounts a page is for, one per role (at most two), or an anonymous visitor for a public page. */
    private List<String> accountsForPage(String spec) {
        List<String> accounts = new ArrayList<>();
        Set<String> roles = new LinkedHashSet<>();
        for (String token : spec.split(" ")) {
            if (token.equals("public")) {
                return List.of(PageAccessMatrixTests.ANONYMOUS, "applicant");
            }
            if (token.equals("all")) {
                return List.of("office", "applicant");
            }
            String[] parts = token.split(":");
            if (parts.length == 1 || parts[1].equals("302")) {
                String role = roleOf(parts[0]);
                if (roles.add(role) && accounts.size() < 2) {
                    accounts.add(parts[0]);
                }
            }
        }
        return accounts;
    }

    private static String roleOf(String account) {
        return PageAccessMatrixTests.ROLES.entrySet().stream().filter(e -> e.getValue().contains(account))
                .map(Map.Entry::getKey).findFirst().orElse(account);
    }

    private String accountForAction(String role) {
        return switch (role) {
        case "PUBLIC" -> PageAccessMatrixTests.ANONYMOUS;
        case "ALL" -> "office";
        default -> PageAccessMatrixTests.ROLES.get(role.split(" ")[0]).get(0);
        };
    }

    private void fuzz(HttpMethod method, String template, String account) throws Exception {
        String path = template.replaceAll("\\?.*", "");
        String query = template.contains("?") ? resolve(template.substring(template.indexOf('?') + 1), Map.of())
                : "";
        String url = resolve(path, Map.of());
        HandlerMethod handler = handlerOf(method, url);

        send(method, url, query, Map.of(), account, handler);
        // each path id broken in turn
        Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(path);
        while (placeholder.find()) {
            for (String hostile : HOSTILE_IDS) {
                send(method, resolve(path, Map.of(placeholder.group(1), hostile)), query, Map.of(), account,
                        handler);
            }
        }
        if (handler == null) {
            return;
        }
        for (String name : parameterNames(handler)) {
            for (String value : HOSTILE_VALUES) {
                send(method, url, withoutParameter(query, name), Map.of(name, value), account, handler);
            }
        }
        if (readsPaging(handler)) {
            for (String paging : HOSTILE_PAGING) {
                send(method, url, query.isEmpty() ? paging : query + "&" + paging, Map.of(), account, handler);
            }
        }
    }

    private void send(HttpMethod method, String url, String query, Map<String, String> parameters, String account,
            HandlerMethod handler) throws Exception {
        String target = query.isEmpty() ? url : url + "?" + query;
        AbstractMockHttpServletRequestBuilder<?> request;
        if (method == HttpMethod.POST && handler != null && takesFiles(handler)) {
            MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(URI.create(target));
            multipart.file(new MockMultipartFile(fileParameter(handler), "a\u0000b.pdf", "application/pdf",
                    "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8)));
            request = multipart;
        } else {
            request = MockMvcRequestBuilders.request(method, URI.create(target));
        }
        parameters.forEach(request::param);
        if (method == HttpMethod.POST) {
            request.with(csrf());
        }
        if (!account.equals(PageAccessMatrixTests.ANONYMOUS)) {
            request.with(users.as(records.usernames().getOrDefault(account, account)));
        }
        sent++;
        int status;
        try {
            status = mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (Exception | AssertionError e) {
            status = 500;
            failures.add(describe(method, target, parameters, account) + " threw " + rootCause(e));
            return;
        }
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            failures.add(describe(method, target, parameters, account) + " → " + status);
        }
    }

    private static String describe(HttpMethod method, String target, Map<String, String> parameters,
            String account) {
        StringBuilder text = new StringBuilder(account + " " + method + " " + target);
        parameters.forEach((name, value) -> text.append(" ").append(name).append("=")
                .append(value.length() > 20 ? value.substring(0, 3) + "…(" + value.length() + ")" : value
                        .replace("\u0000", "\\0")));
        return text.toString();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        return cause.getClass().getSimpleName() + ": " + (message.length() > 160 ? message.substring(0, 160) : message);
    }

    private String resolve(String path, Map<String, String> overrides) {
        Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String id = overrides.containsKey(name) ? overrides.get(name) : records.ids().get(name);
            assertThat(id).as("a record for {%s}", name).isNotNull();
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(id));
        }
        placeholder.appendTail(resolved);
        return resolved.toString();
    }

    private static String withoutParameter(String query, String name) {
        if (query.isEmpty()) {
            return query;
        }
        return String.join("&", java.util.Arrays.stream(query.split("&"))
                .filter(pair -> !pair.startsWith(UriUtils.encode(name, StandardCharsets.UTF_8) + "="))
                .toList());
    }

    private HandlerMethod handlerOf(HttpMethod method, String url) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method.name(), url);
        HandlerExecutionChain chain = mapping.getHandler(request);
        return chain != null && chain.getHandler() instanceof HandlerMethod handler ? handler : null;
    }

    private static boolean readsPaging(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean takesFiles(HandlerMethod handler) {
        return fileParameter(handler) != null;
    }

    /** The name of the handler's file parameter (a request parameter or a form property), or null. */
    private static String fileParameter(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (MultipartFile.class.isAssignableFrom(type) || isListOf(parameter.getGenericParameterType(),
                    MultipartFile.class)) {
                return requestParameterName(parameter);
            }
            if (isForm(parameter)) {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() != null
                            && MultipartFile.class.isAssignableFrom(property.getPropertyType())) {
                        return property.getName();
                    }
                }
            }
        }
        return null;
    }

    private static boolean isListOf(Type type, Class<?> element) {
        return type instanceof ParameterizedType generic && generic.getActualTypeArguments().length == 1
                && generic.getActualTypeArguments()[0] instanceof Class<?> argument
                && element.isAssignableFrom(argument);
    }

    /** Every parameter name the handler binds: request parameters and its forms' properties, lists by index. */
    private static Set<String> parameterNames(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || MultipartFile.class.isAssignableFrom(type) || Pageable.class.isAssignableFrom(type)) {
                continue;
            }
            if (parameter.hasParameterAnnotation(RequestParam.class)) {
                if (!Map.class.isAssignableFrom(type)) {
                    names.add(requestParameterName(parameter));
                }
            } else if (isForm(parameter)) {
                properties(type, "", names, 0);
            }
        }
        return names;
    }

    private static String requestParameterName(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            return annotation.name();
        }
        parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
        return parameter.getParameterName();
    }

    /** A form object: a class of this application bound from the request (not a service type the handler is given). */
    private static boolean isForm(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type.getName().startsWith("cn.gov.talent.") && !type.isEnum() && !type.isInterface()
                && !type.isRecord() && !BeanUtils.isSimpleProperty(type)
                && !BindingResult.class.isAssignableFrom(type) && BeanUtils.getPropertyDescriptors(type).length > 1;
    }

    private static void properties(Class<?> type, String prefix, Set<String> names, int depth) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() == null && !Collection.class.isAssignableFrom(property.getPropertyType())
                    && !Map.class.isAssignableFrom(property.getPropertyType())) {
                continue;
            }
            Class<?> propertyType = property.getPropertyType();
            String name = prefix + property.getName();
            if (MultipartFile.class.isAssignableFrom(propertyType)) {
                continue;
            }
            if (BeanUtils.isSimpleProperty(propertyType) || Temporal.class.isAssignableFrom(propertyType)) {
                names.add(name);
            } else if (Collection.class.isAssignableFrom(propertyType)) {
                Type generic = property.getReadMethod() == null ? null
                        : property.getReadMethod().getGenericReturnType();
                Class<?> element = generic instanceof ParameterizedType parameterized
                        && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument ? argument
                                : String.class;
                names.add(name);
                names.add(name + "[0]");
                names.add(name + "[5000]");
                if (!BeanUtils.isSimpleProperty(element) && depth < 2) {
                    Set<String> inner = new LinkedHashSet<>();
                    properties(element, "", inner, depth + 1);
                    for (String each : inner) {
                        names.add(name + "[0]." + each);
                        names.add(name + "[300]." + each);
                    }
                }
            } else if (Map.class.isAssignableFrom(propertyType)) {
                names.add(name + "[x]");
                names.add(name + "['\u0000']");
            } else if (propertyType.getName().startsWith("cn.gov.talent.") && depth < 2) {
                properties(propertyType, name + ".", names, depth + 1);
            }
        }
    }
}
