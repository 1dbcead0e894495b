package cn.gov.talent.publication;

import java.util.Map;
import java.util.stream.Collectors;

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
import cn.gov.talent.web.Answers;

/** Academic questions on an objection, put to the experts who reviewed the application. */
@Controller
@RequestMapping("/publication/questions")
@PreAuthorize("hasRole('EXPERT')")
class ExpertQuestionController {

    private final Objections objections;
    private final Notices notices;
    private final Answers answers;

    ExpertQuestionController(Objections objections, Notices notices, Answers answers) {
        this.objections = objections;
        this.notices = notices;
        this.answers = answers;
    }

    @GetMapping
    String questions(@AuthenticationPrincipal CurrentUser user, Model model) {
        var questions = objections.questionsFor(user.id());
        Map<Long, Long> applicationOf = objections.applicationsOf(questions.stream().map(ExpertOpinion::getObjectionId)
                .toList());
        Map<Long, NoticeEntry> people = notices.people(applicationOf.values());
        model.addAttribute("questions", questions);
        model.addAttribute("people", applicationOf.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, entry -> people.get(entry.getValue()))));
        return "publication/questions";
    }

    @PostMapping("/{id}")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/publication/questions", redirect, "objection.answered",
                () -> objections.answer(id, answer, Actor.of(user)));
    }
}
