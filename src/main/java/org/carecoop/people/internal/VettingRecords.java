package org.carecoop.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.VettingEvidence;
import org.carecoop.people.VettingItem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored vetting evidence and its withdrawals. Both tables are append-only (the database refuses
 * UPDATE and DELETE), so history is never lost; a withdrawal is a row of its own, at most one per
 * piece of evidence.
 */
@Repository
public class VettingRecords {

    private static final String SELECT = """
            select e.*, c.display_name as checked_by_name,
                w.withdrawn_at, w.withdrawn_by, w.reason as withdrawn_reason, wa.display_name as withdrawn_by_name
            from people.vetting_evidence e
            join people.account c on c.id = e.checked_by
            left join people.vetting_withdrawal w on w.evidence_id = e.id
            left join people.account wa on wa.id = w.withdrawn_by
            """;

    private final JdbcClient jdbc;

    VettingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every piece of evidence of the worker, withdrawn included, newest check first. */
    public List<VettingRecord> of(UUID workerId) {
        return jdbc.sql(SELECT + " where e.worker_id = ? order by e.checked_on desc, e.recorded_at desc")
                .param(workerId)
                .query(VettingRecords::record)
                .list();
    }

    /** Every piece of evidence of every worker (for the co-ordinators' overview and the expiry job). */
    public List<VettingRecord> all() {
        return jdbc.sql(SELECT + " order by e.worker_id, e.checked_on desc, e.recorded_at desc")
                .query(VettingRecords::record)
                .list();
    }

    public Optional<VettingRecord> byId(UUID id) {
        return jdbc.sql(SELECT + " where e.id = ?")
                .param(id)
                .query(VettingRecords::record)
                .optional();
    }

    public boolean any(UUID workerId) {
        return jdbc.sql("select exists (select 1 from people.vetting_evidence where worker_id = ?)")
                .param(workerId)
                .query(Boolean.class)
                .single();
    }

    void insert(UUID id, UUID workerId, VettingEvidence e, UUID checkedBy, Instant at) {
        jdbc.sql("""
                        insert into people.vetting_evidence (id, worker_id, item, checked_on, checked_by, valid_until,
                            recorded_at, dbs_certificate_number, dbs_issued_on, dbs_update_service, referee_name,
                            referee_relationship, details)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        workerId,
                        e.item().name(),
                        Date.valueOf(e.checkedOn()),
                        checkedBy,
                        date(e.validUntil()),
                        Timestamp.from(at),
                        e.certificateNumber(),
                        date(e.issuedOn()),
                        e.updateService(),
                        e.refereeName(),
                        e.relationship(),
                        e.details())
                .update();
    }

    /** Withdraws the evidence; false when it had been withdrawn already (by someone else, perhaps a moment ago). */
    boolean withdraw(UUID evidenceId, UUID by, String reason, Instant at) {
        return jdbc.sql("""
                                insert into people.vetting_withdrawal (evidence_id, withdrawn_at, withdrawn_by, reason)
                                values (?, ?, ?, ?) on conflict (evidence_id) do nothing""").params(evidenceId, Timestamp.from(at), by, reason).update() == 1;
    }

    /**
     * Notes that a warning of this kind was sent for the evidence; false when one had been already,
     * by this instance or another, so the caller sends nothing.
     */
    boolean markWarned(UUID evidenceId, String kind, Instant at) {
        return jdbc.sql("""
                                insert into people.vetting_warning_sent (evidence_id, kind, sent_at) values (?, ?, ?)
                                on conflict (evidence_id, kind) do nothing""").params(evidenceId, kind, Timestamp.from(at)).update() == 1;
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static VettingRecord record(ResultSet rs, int row) throws SQLException {
        Boolean updateService = rs.getObject("dbs_update_service", Boolean.class);
        VettingEvidence evidence = new VettingEvidence(
                VettingItem.valueOf(rs.getString("item")),
                rs.getDate("checked_on").toLocalDate(),
                day(rs, "valid_until"),
                rs.getString("dbs_certificate_number"),
                day(rs, "dbs_issued_on"),
                updateService,
                rs.getString("referee_name"),
                rs.getString("referee_relationship"),
                rs.getString("details"));
        Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
        return new VettingRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("worker_id", UUID.class),
                evidence,
                rs.getObject("checked_by", UUID.class),
                rs.getString("checked_by_name"),
                rs.getTimestamp("recorded_at").toInstant(),
                withdrawnAt == null
                        ? null
                        : new VettingRecord.Withdrawal(
                                withdrawnAt.toInstant(),
                                rs.getObject("withdrawn_by", UUID.class),
                                rs.getString("withdrawn_by_name"),
                                rs.getString("withdrawn_reason")));
    }
}
