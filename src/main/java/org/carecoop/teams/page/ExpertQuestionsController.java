package org.carecoop.teams.page;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ask an expert (TE2), the practitioners' side: the open questions of every team, and answering one.
 * Only accounts holding the health professional role get in.
 */
@Controller
class ExpertQuestionsController {

    private final AskAnExpert experts;

    ExpertQuestionsController(AskAnExpert experts) {
        this.experts = experts;
    }

    @GetMapping("/expert-questions")
    String open(Model model) {
        model.addAttribute("questions", experts.open(TeamPageController.caller()));
        return "teams/page/expert-questions";
    }

    @GetMapping("/expert-questions/{questionId}/answer")
    String question(@PathVariable String questionId, Model model) {
        model.addAttribute("answerForm", new AnswerForm());
        return show(NotFound.id(questionId), model);
    }

    @PostMapping("/expert-questions/{questionId}/answer")
    String answer(
            @PathVariable String questionId,
            @Valid @ModelAttribute AnswerForm answerForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID id = NotFound.id(questionId);
        // Before anything about the input: only practitioners may learn whether the question exists.
        Views.ExpertQuestion question = experts.question(TeamPageController.caller(), id);
        if (question.answer() != null) {
            errors.reject("team.answer.closed", new Object[] {question.answer().by()}, null);
        }
        if (errors.hasErrors()) {
            return page(question, model);
        }
        if (experts.answer(
                        TeamPageController.caller(), id, answerForm.getAnswer().strip())
                == AskAnExpert.Outcome.ALREADY_ANSWERED) {
            Views.ExpertQuestion answered = experts.question(TeamPageController.caller(), id);
            errors.reject(
                    "team.answer.closed",
                    new Object[] {
                        answered.answer() == null ? "" : answered.answer().by()
                    },
                    null);
            return page(answered, model);
        }
        redirect.addFlashAttribute("flash", "team.answer.saved");
        return "redirect:/expert-questions";
    }

    private String show(UUID questionId, Model model) {
        return page(experts.question(TeamPageController.caller(), questionId), model);
    }

    private static String page(Views.ExpertQuestion question, Model model) {
        model.addAttribute("question", question);
        return "teams/page/expert-answer";
    }
}
