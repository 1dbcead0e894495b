package cn.gov.talent.publication;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Refusal;

/** Academic questions on an objection, put to the experts who reviewed the application. */
@Controller
@RequestMapping("/publication/questions")
@PreAuthorize("hasRole('EXPERT')")
class ExpertQuestionController {

    private final Objections objections;
    private final Notices notices;
    private final MessageSource messages;

    ExpertQuestionController(Objections objections, Notices notices, MessageSource messages) {
        this.objections = objections;
        this.notices = notices;
        this.messages = messages;
    }

    @GetMapping
    String questions(@AuthenticationPrincipal CurrentUser user, Model model) {
        var questions = objections.questionsFor(user.id());
        Map<Long, Long> applicationOf = objections.applicationsOf(questions.stream().map(ExpertOpinion::getObjectionId)
                .toList());
        Map<Long, NoticeEntry> people = notices.people(applicationOf.values());
        model.addAttribute("questions", questions);
        model.addAttribute("people", applicationOf.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, entry -> people.get(entry.getValue()))));
        return "publication/questions";
    }

    @PostMapping("/{id}")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        try {
            objections.answer(id, answer, Actor.of(user));
            redirect.addFlashAttribute("successKey", "objection.answered");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/publication/questions";
    }
}
