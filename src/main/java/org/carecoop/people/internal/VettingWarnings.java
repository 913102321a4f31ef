package org.carecoop.people.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.people.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails the worker and the co-ordinators ahead of a piece of vetting evidence expiring
 * ({@code carecoop.vetting.warn-before}, 30 days by default) and once it has expired: exactly once
 * per piece of evidence and kind, however many app instances run the daily job. Each warning is
 * noted in {@code people.vetting_warning_sent} (primary key: evidence and kind) in the same
 * transaction as its emails are handed over, so a second instance waits for the first and then finds
 * the warning sent. Evidence renewed by newer evidence of the same item (and referee) is not warned
 * about.
 */
@Service
public class VettingWarnings {

    /** The kinds of warning. */
    public enum Kind {
        AHEAD,
        EXPIRED
    }

    private static final Logger log = LoggerFactory.getLogger(VettingWarnings.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final VettingRecords records;
    private final Accounts accounts;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long warnDays;
    private final String from;
    private final String baseUrl;

    VettingWarnings(
            VettingRecords records,
            Accounts accounts,
            JavaMailSender mail,
            MessageSource messages,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${carecoop.vetting.warn-before:30d}") Duration warnBefore,
            @Value("${carecoop.mail-from}") String from,
            @Value("${carecoop.base-url}") String baseUrl) {
        this.records = records;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
        this.warnDays = warnBefore.toDays();
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Sends every warning due today that has not been sent; returns how many pieces of evidence were warned about. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<VettingRecord>> byWorker = records.all().stream()
                .filter(VettingRecord::active)
                .collect(Collectors.groupingBy(VettingRecord::workerId));
        int sent = 0;
        for (List<VettingRecord> evidence : byWorker.values()) {
            for (VettingRecord record : evidence) {
                Kind kind = due(record, evidence, today, warnDays);
                if (kind != null && send(record, kind)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The warning due for the evidence today, if any. */
    static @Nullable Kind due(
            VettingRecord record, List<VettingRecord> workersEvidence, LocalDate today, long warnDays) {
        LocalDate until = record.evidence().validUntil();
        if (until == null || !record.active()) {
            return null;
        }
        boolean renewed = workersEvidence.stream()
                .anyMatch(other -> other.active()
                        && other.item() == record.item()
                        && other.source().equals(record.source())
                        && other.until().isAfter(until));
        if (renewed) {
            return null;
        }
        if (until.isBefore(today)) {
            return Kind.EXPIRED;
        }
        return until.isAfter(today.plusDays(warnDays)) ? null : Kind.AHEAD;
    }

    private boolean send(VettingRecord record, Kind kind) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!records.markWarned(record.id(), kind.name(), clock.instant())) {
                    return false;
                }
                for (SimpleMailMessage message : messages(record, kind)) {
                    mail.send(message);
                }
                return true;
            }));
        } catch (MailException e) {
            // Not noted as sent, so the next run tries again.
            log.error("Could not send a vetting warning: {}", e.getMessage());
            return false;
        }
    }

    private List<SimpleMailMessage> messages(VettingRecord record, Kind kind) {
        Account worker = accounts.byId(record.workerId()).orElseThrow();
        String item = text("vetting.item." + record.item().name());
        String until = DATE.format(record.until());
        String key = "vetting.email." + kind.name().toLowerCase(Locale.ROOT);
        List<SimpleMailMessage> list = new ArrayList<>();
        if (deliverable(worker) && worker.enabled()) {
            list.add(message(
                    worker.email(),
                    text(key + ".subject", item, until),
                    text(key + ".worker", worker.displayName(), item, until, baseUrl + "/vetting")));
        }
        for (Account coordinator : accounts.withRole(Role.COORDINATOR)) {
            if (deliverable(coordinator)) {
                list.add(message(
                        coordinator.email(),
                        text(key + ".subject", item, until) + " – " + worker.displayName(),
                        text(
                                key + ".coordinator",
                                coordinator.displayName(),
                                worker.displayName(),
                                item,
                                until,
                                baseUrl + "/workers/" + worker.id() + "/vetting")));
            }
        }
        return list;
    }

    /**
     * Whether email can go to the account: it has an address, and one that parses. One address that
     * does not must not stop everyone else's warnings, nor make the job send the others twice.
     */
    private static boolean deliverable(Account account) {
        if (!account.hasEmail()) {
            return false;
        }
        try {
            // As the mail sender reads it: exactly one address, and a valid one.
            InternetAddress[] parsed = InternetAddress.parse(account.email(), true);
            return parsed.length == 1;
        } catch (AddressException e) {
            log.warn("Not sending a vetting warning to account {}: its email address does not parse", account.id());
            return false;
        }
    }

    private SimpleMailMessage message(String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        return message;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    /** The daily job, at 07:00 in the co-op's zone, run by whichever app instance picks it. */
    @Configuration(proxyBeanMethods = false)
    static class Job {

        @Bean
        RecurringTask<Void> vettingExpiryWarnings(VettingWarnings warnings, Clock clock) {
            return Tasks.recurring("vetting-expiry-warnings", Schedules.daily(clock.getZone(), LocalTime.of(7, 0)))
                    .execute((instance, context) -> warnings.sendDue());
        }
    }
}
