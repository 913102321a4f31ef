package org.carecoop.teams.page;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The practitioners' side of "ask an expert" (TE2): accounts holding the health professional role see
 * the open questions of every team — what was asked, by which team and when, nothing else from the
 * team page — and answer them. The first answer closes a question. Reading a question is a read of the
 * person's records, so it is logged against the person the team centres on.
 */
@Service
class AskAnExpert {

    /** The record type of an expert question in the access log. */
    static final String RECORD_TYPE = "expert_question";

    private final ExpertQuestions questions;
    private final Presenter presenter;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    AskAnExpert(
            ExpertQuestions questions,
            Presenter presenter,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.questions = questions;
        this.presenter = presenter;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** What became of an answer. */
    enum Outcome {
        ANSWERED,
        /** Someone answered first; this answer was not saved. */
        ALREADY_ANSWERED
    }

    /**
     * Every open question, the one waiting longest first.
     *
     * @throws AccessDeniedException when the caller is not a health professional
     */
    List<Views.ExpertQuestion> open(Caller caller) {
        requirePractitioner(caller);
        List<ExpertQuestions.Question> open = questions.open();
        Set<UUID> people = new LinkedHashSet<>();
        open.forEach(q -> people.add(q.personId()));
        people.forEach(person -> log(caller, "VIEW", person, "open questions"));
        Presenter.Names names = presenter.names();
        return open.stream().map(q -> view(q, names)).toList();
    }

    /**
     * One question, open or answered.
     *
     * @throws NotFound when there is no such question
     */
    Views.ExpertQuestion question(Caller caller, UUID questionId) {
        requirePractitioner(caller);
        ExpertQuestions.Question question =
                questions.find(questionId).orElseThrow(() -> NotFound.item("expert question", questionId));
        log(caller, "VIEW", question.personId(), "question " + questionId);
        return view(question, presenter.names());
    }

    /** Answers a question unless someone already has. */
    Outcome answer(Caller caller, UUID questionId, String text) {
        requirePractitioner(caller);
        ExpertQuestions.Question question =
                questions.find(questionId).orElseThrow(() -> NotFound.item("expert question", questionId));
        Outcome outcome = transactions.execute(status -> {
            if (!questions.answer(questionId, caller.accountId(), text, clock.instant())) {
                return Outcome.ALREADY_ANSWERED;
            }
            log(caller, "ANSWER", question.personId(), "question " + questionId);
            return Outcome.ANSWERED;
        });
        if (outcome == null) {
            throw new IllegalStateException("no outcome");
        }
        return outcome;
    }

    private static void requirePractitioner(Caller caller) {
        if (!caller.hasRole(Role.HEALTH_PROFESSIONAL.name())) {
            throw new AccessDeniedException("only the co-op's practitioners answer expert questions");
        }
    }

    private Views.ExpertQuestion view(ExpertQuestions.Question question, Presenter.Names names) {
        ExpertQuestions.Answer answer = question.answer();
        return new Views.ExpertQuestion(
                question.id(),
                question.teamName(),
                presenter.when(question.askedAt()),
                question.body(),
                answer == null
                        ? null
                        : new Views.Answer(
                                names.of(answer.answeredBy()), presenter.when(answer.answeredAt()), answer.text()));
    }

    private void log(Caller caller, String action, UUID personId, String detail) {
        audit.record(AuditEntry.by(caller, clock.instant(), action, personId, RECORD_TYPE, AuditEntry.Outcome.ALLOWED)
                .withDetail(detail));
    }
}
