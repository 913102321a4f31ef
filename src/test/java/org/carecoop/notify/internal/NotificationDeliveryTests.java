package org.carecoop.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.carecoop.notify.Channel;
import org.carecoop.notify.Notification;
import org.carecoop.notify.NotifyApi;
import org.carecoop.notify.SentNotification;
import org.carecoop.notify.SentNotification.Status;
import org.carecoop.notify.Topic;
import org.carecoop.people.ContactDetails;
import org.carecoop.people.Role;
import org.carecoop.support.IntegrationTest;
import org.carecoop.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery end to end on real PostgreSQL and a real SMTP server. Each test's notifications are due
 * a year or more from now, at a time of its own, and the test runs the dispatcher at that time: the
 * application's own background dispatcher, which runs at the clock's now, never sees them.
 */
class NotificationDeliveryTests extends IntegrationTest {

    @Autowired
    NotifyApi notify;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

    @Autowired
    Preferences preferences;

    @Autowired
    SmsOutbox smsOutbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TransactionTemplate transactions;

    @Value("${carecoop.mail-from}")
    String from;

    private static final AtomicInteger DAYS = new AtomicInteger(400);

    /** A time far enough ahead that only this test's dispatcher runs then, at 12:00 London time. */
    private Instant later() {
        return at(laterDay(), LocalTime.NOON);
    }

    private LocalDate laterDay() {
        return LocalDate.now(clock).plusDays(DAYS.addAndGet(3));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, clock.getZone()).toInstant();
    }

    private UUID account(String who) {
        return people.accountByEmail(newAccount(who, Role.SUPPORTED_PERSON))
                .orElseThrow()
                .id();
    }

    private static Notification notification(UUID to, Topic topic, String key, Instant at) {
        return new Notification(
                to, topic, key, "Subject " + key, "The email about " + key, "The text about " + key, at);
    }

    private Dispatcher dispatcherWith(MailSender mail, SmsSender sms) {
        return new Dispatcher(notifications, preferences, people, mail, sms, transactions, clock, from, 8, 5);
    }

    @Test
    void anEmailNotificationIsDeliveredOverSmtpWhenDueAndRecorded() throws Exception {
        String email = newAccount("Emma", Role.SUPPORTED_PERSON);
        UUID emma = people.accountByEmail(email).orElseThrow().id();
        Instant due = later();
        notify.send(new Notification(
                emma,
                Topic.BOOKING,
                "visit:1:booked",
                "Your visit is booked",
                "Amina visits on Tuesday.",
                "Visit booked",
                due));

        assertThat(dispatcher.dispatchDue(due.minusSeconds(1))).isZero();
        assertThat(TestMail.to(email)).isEmpty();

        dispatcher.dispatchDue(due);

        List<MimeMessage> mails = TestMail.to(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Your visit is booked");
        assertThat(String.valueOf(mails.get(0).getContent())).contains("Amina visits on Tuesday.");
        SentNotification sent = notify.history(emma, 10).get(0);
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.channels()).containsExactly(Channel.EMAIL);
        assertThat(sent.finishedAt()).isEqualTo(due);
        assertThat(sent.attempts()).isEqualTo(1);

        dispatcher.dispatchDue(due.plus(Duration.ofDays(1)));
        assertThat(TestMail.to(email)).hasSize(1);
    }

    @Test
    void aTextMessageGoesToTheSmsOutboxWhenTheRecipientChoseIt() throws Exception {
        UUID sid = account("Sid");
        people.changeContact(sid, "Sid", "07700 900461");
        preferences.save(sid, new NotificationPreferences(false, true, null, false, false, false, null, null));
        Instant due = later();
        notify.send(notification(sid, Topic.COVER, "cover:sid", due));

        dispatcher.dispatchDue(due);

        assertThat(smsOutbox.newest(20)).anySatisfy(sms -> {
            assertThat(sms.phone()).isEqualTo("07700 900461");
            assertThat(sms.body()).isEqualTo("The text about cover:sid");
        });
        assertThat(notify.history(sid, 1).get(0).channels()).containsExactly(Channel.SMS);
        assertThat(mvc.perform(get("/notify/sms-outbox").with(as(demo("coordinator"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("07700 900461", "The text about cover:sid");
    }

    @Test
    void sendingTheSameKeyTwiceStoresAndSendsOnce() {
        String email = newAccount("Ida", Role.SUPPORTED_PERSON);
        UUID ida = people.accountByEmail(email).orElseThrow().id();
        Instant due = later();
        notify.send(notification(ida, Topic.BOOKING, "visit:ida:booked", due));
        notify.send(new Notification(ida, Topic.BOOKING, "visit:ida:booked", "Other", "Other", "Other", due));

        dispatcher.dispatchDue(due);

        assertThat(notify.history(ida, 10)).hasSize(1);
        assertThat(TestMail.to(email)).hasSize(1);
    }

    @Test
    void withdrawingAKeyStopsEveryRecipientsUnsentNotificationsButKeepsSentOnes() {
        UUID one = account("Wendy");
        UUID two = account("Walter");
        Instant now = later();
        Instant reminder = now.plus(Duration.ofHours(3));
        notify.send(notification(one, Topic.BOOKING, "visit:w:booked", now));
        dispatcher.dispatchDue(now);
        notify.send(notification(one, Topic.REMINDER, "visit:w:reminder", reminder));
        notify.send(notification(two, Topic.REMINDER, "visit:w:reminder", reminder));

        notify.withdraw("visit:w:reminder");
        notify.withdraw("visit:w:booked");
        dispatcher.dispatchDue(reminder);

        assertThat(notify.history(one, 10))
                .singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(Status.SENT));
        assertThat(notify.history(two, 10)).isEmpty();
        assertThat(count("select count(*) from notify.notification where key = 'visit:w:reminder'"
                        + " and status = 'WITHDRAWN'"))
                .isEqualTo(2);
    }

    @Test
    void aFailedSendIsRetriedAfterOneTwoFourMinutesAndSoOnUpToAnHourThenGivenUp() {
        UUID fay = account("Fay");
        Instant due = later();
        notify.send(notification(fay, Topic.BOOKING, "visit:fay:booked", due));
        AtomicInteger tries = new AtomicInteger();
        Dispatcher failing = dispatcherWith(
                new FakeMail(m -> {
                    tries.incrementAndGet();
                    throw new MailSendException("SMTP server not answering");
                }),
                (phone, text, reference) -> {});

        List<Duration> waits = new ArrayList<>();
        Instant at = due;
        for (int attempt = 1; attempt <= 8; attempt++) {
            failing.dispatchDue(at);
            SentNotification n = notify.history(fay, 1).get(0);
            assertThat(n.attempts()).isEqualTo(attempt);
            if (attempt == 8) {
                assertThat(n.status()).isEqualTo(Status.FAILED);
                break;
            }
            assertThat(n.status()).isEqualTo(Status.PENDING);
            Instant next = nextAttempt(fay);
            waits.add(Duration.between(at, next));
            assertThat(failing.dispatchDue(next.minusSeconds(1)))
                    .as("not before its time")
                    .isZero();
            at = next;
        }

        assertThat(waits).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
        assertThat(tries).hasValue(8);
        assertThat(count("select count(*) from notify.delivery d join notify.notification n on n.id = d.notification_id"
                        + " where n.recipient_id = '" + fay + "' and d.outcome = 'FAILED' and d.channel = 'EMAIL'"))
                .isEqualTo(8);
        failing.dispatchDue(at.plus(Duration.ofDays(1)));
        assertThat(tries).as("given up").hasValue(8);
    }

    @Test
    void theBackOffDoublesFromAMinuteAndStopsAtAnHour() {
        assertThat(Dispatcher.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Dispatcher.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Dispatcher.backoff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(Dispatcher.backoff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(Dispatcher.backoff(50)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aChannelThatDeliveredIsNotUsedAgainWhenTheOtherIsRetried() {
        UUID bo = account("Bo");
        people.changeContact(bo, "Bo", "07700 900462");
        preferences.save(bo, new NotificationPreferences(true, true, null, false, false, false, null, null));
        Instant due = later();
        notify.send(notification(bo, Topic.BOOKING, "visit:bo:booked", due));
        AtomicInteger emails = new AtomicInteger();
        AtomicInteger texts = new AtomicInteger();
        Dispatcher smsDown = dispatcherWith(new FakeMail(m -> emails.incrementAndGet()), (phone, text, ref) -> {
            texts.incrementAndGet();
            throw new SmsException("Provider down", new IllegalStateException());
        });
        Dispatcher smsUp = dispatcherWith(
                new FakeMail(m -> emails.incrementAndGet()), (phone, text, ref) -> texts.incrementAndGet());

        smsDown.dispatchDue(due);
        smsUp.dispatchDue(due.plus(Duration.ofMinutes(1)));

        assertThat(emails).hasValue(1);
        assertThat(texts).hasValue(2);
        SentNotification n = notify.history(bo, 1).get(0);
        assertThat(n.status()).isEqualTo(Status.SENT);
        assertThat(n.channels()).containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(n.attempts()).isEqualTo(2);
    }

    @Test
    void nonUrgentNotificationsWaitForTheEndOfQuietHoursButUrgentOnesDoNot() {
        String email = newAccount("Quinn", Role.SUPPORTED_PERSON);
        UUID quinn = people.accountByEmail(email).orElseThrow().id();
        preferences.save(quinn, new NotificationPreferences(true, false, 18, false, false, false, 21, 8));
        LocalDate day = laterDay();
        Instant tenPm = at(day, LocalTime.of(22, 0));
        Instant eightAm = at(day.plusDays(1), LocalTime.of(8, 0));
        notify.send(notification(quinn, Topic.BOOKING, "visit:q:booked", tenPm));
        notify.send(notification(quinn, Topic.RUNNING_LATE, "visit:q:late", tenPm));

        dispatcher.dispatchDue(tenPm);

        assertThat(TestMail.to(email)).extracting(MimeMessage::getSubject).containsExactly("Subject visit:q:late");
        assertThat(count("select count(*) from notify.notification where recipient_id = '" + quinn
                        + "' and status = 'PENDING' and attempts = 0 and next_attempt_at = '" + eightAm + "'"))
                .isEqualTo(1);
        dispatcher.dispatchDue(eightAm.minusSeconds(1));
        assertThat(TestMail.to(email)).hasSize(1);

        dispatcher.dispatchDue(eightAm);

        assertThat(TestMail.to(email)).hasSize(2);
    }

    @Test
    void withoutAnAddressOnTheChosenChannelTheOtherIsUsedAndWithoutAnyItIsUndeliverable() {
        UUID noPhone = account("Nora");
        preferences.save(noPhone, new NotificationPreferences(false, true, null, false, false, false, null, null));
        NotificationPreferences both = new NotificationPreferences(true, true, null, false, false, false, null, null);
        assertThat(Dispatcher.channels(
                        NotificationPreferences.DEFAULTS, new ContactDetails(noPhone, "Nora", null, "07700 900463")))
                .containsExactly(Channel.SMS);
        assertThat(Dispatcher.channels(both, new ContactDetails(noPhone, "Nora", null, null)))
                .isEmpty();
        UUID nobody = UUID.randomUUID();
        Instant due = later();
        notify.send(notification(noPhone, Topic.BOOKING, "visit:nora:booked", due));
        notify.send(notification(nobody, Topic.BOOKING, "visit:nobody:booked", due));

        dispatcher.dispatchDue(due);

        assertThat(notify.history(noPhone, 1).get(0).channels()).containsExactly(Channel.EMAIL);
        SentNotification lost = notify.history(nobody, 1).get(0);
        assertThat(lost.status()).isEqualTo(Status.UNDELIVERABLE);
        assertThat(lost.channels()).isEmpty();
    }

    @Test
    void twoDispatchersRacingOverTheSameDueNotificationsSendEachExactlyOnce() throws Exception {
        UUID rae = account("Rae");
        Instant due = later();
        int total = 40;
        for (int i = 0; i < total; i++) {
            notify.send(notification(rae, Topic.BOOKING, "race:" + i, due));
        }
        Set<String> subjects = ConcurrentHashMap.newKeySet();
        AtomicInteger sends = new AtomicInteger();
        FakeMail counting = new FakeMail(m -> {
            sends.incrementAndGet();
            subjects.add(String.valueOf(m.getSubject()));
            sleep(15);
        });
        Dispatcher first = dispatcherWith(counting, (p, t, r) -> {});
        Dispatcher second = dispatcherWith(counting, (p, t, r) -> {});
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Dispatcher d : List.of(first, second)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return d.dispatchDue(due);
                }));
            }
            start.countDown();
            int handled = 0;
            List<Integer> each = new ArrayList<>();
            for (Future<Integer> run : runs) {
                int n = run.get();
                each.add(n);
                handled += n;
            }

            assertThat(handled).isEqualTo(total);
            assertThat(each).as("both dispatchers took part").allMatch(n -> n > 0);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sends).hasValue(total);
        assertThat(subjects).hasSize(total);
        assertThat(count("select count(*) from notify.notification where recipient_id = '" + rae
                        + "' and status = 'SENT' and attempts = 1"))
                .isEqualTo(total);
    }

    @Test
    void aTextMessageLongerThanFourPartsIsRefused() {
        assertThatThrownBy(() -> new Notification(
                        UUID.randomUUID(), Topic.BOOKING, "k", "s", "b", "x".repeat(613), Instant.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("612");
        assertThat(new Notification(UUID.randomUUID(), Topic.BOOKING, "k", "s", "b", "x".repeat(612), Instant.now())
                        .shortText())
                .hasSize(612);
    }

    private Instant nextAttempt(UUID recipient) {
        return jdbc.sql("select next_attempt_at from notify.notification where recipient_id = ?")
                .param(recipient)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant()
                .truncatedTo(ChronoUnit.MICROS);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A mail sender that hands each message to a test's action. */
    private record FakeMail(java.util.function.Consumer<SimpleMailMessage> action) implements MailSender {

        @Override
        public void send(SimpleMailMessage... messages) {
            for (SimpleMailMessage message : messages) {
                action.accept(message);
            }
        }
    }
}
