package cn.gov.talent.notification;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import cn.gov.talent.shared.PublicBaseUrl;

/**
 * Makes a mail of the outbox in its recipient's language: the subject, a plain text and an HTML part,
 * from the Thymeleaf templates {@code templates/mail/<message key>.txt} and {@code .html} when the
 * message has its own, else from {@code mail/generic}, which says the message's own sentence from the
 * bundles (the in-app text) and links to the page where the recipient acts. The link is absolute, on
 * {@code talent.mail.base-url}, or the public address when that is not set; a mail never links elsewhere.
 */
@Component
class MailRenderer {

    /** What a mail is made of. */
    record Rendered(String subject, String text, String html) {
    }

    static final String GENERIC = "generic";

    private final MessageSource messages;
    private final String baseUrl;
    private final SpringTemplateEngine text;
    private final SpringTemplateEngine html;
    private final Map<String, Boolean> ownTemplate = new ConcurrentHashMap<>();

    MailRenderer(MessageSource messages, PublicBaseUrl publicBaseUrl,
            @Value("${talent.mail.base-url:}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = (baseUrl == null || baseUrl.isBlank() ? publicBaseUrl.value() : baseUrl.strip())
                .replaceAll("/+$", "");
        this.text = engine(TemplateMode.TEXT, ".txt");
        this.html = engine(TemplateMode.HTML, ".html");
    }

    private SpringTemplateEngine engine(TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    Rendered render(String messageKey, String subjectLabel, String link, String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag == null ? "zh-CN" : languageTag);
        String sentence = messages.getMessage(messageKey, new Object[] {subjectLabel}, messageKey, locale);
        String subject = messages.getMessage("mail.subject", new Object[] {sentence}, locale);
        var context = new Context(locale);
        context.setVariable("text", sentence);
        context.setVariable("subject", subject);
        context.setVariable("subjectLabel", subjectLabel);
        context.setVariable("link", absolute(link));
        context.setVariable("lang", locale.toLanguageTag());
        String template = hasOwnTemplate(messageKey) ? messageKey : GENERIC;
        return new Rendered(subject, text.process(template, context), html.process(template, context));
    }

    /**
     * The address of a page of the application, as a link in a mail read outside it. A mail links only to
     * this application: a path is put on the base address, and an absolute link elsewhere is left out.
     */
    String absolute(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String path = link.strip();
        if (path.regionMatches(true, 0, "http://", 0, 7) || path.regionMatches(true, 0, "https://", 0, 8)) {
            return path.equals(baseUrl) || path.startsWith(baseUrl + "/") ? path : null;
        }
        // a path (even one written //host/… or with a scheme of its own) stays on the base address
        return baseUrl + "/" + path.replaceFirst("^[/\\\\]+", "");
    }

    private boolean hasOwnTemplate(String messageKey) {
        return ownTemplate.computeIfAbsent(messageKey, key -> new ClassPathResource("templates/mail/" + key + ".txt")
                .exists() && new ClassPathResource("templates/mail/" + key + ".html").exists());
    }
}
