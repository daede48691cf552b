package vn.dondoc.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dondoc.body.ResponsibleBody;

/** The clerk's remark (nhận xét, đánh giá) on one body's work in one period, kept with who wrote it last. */
@Entity
@Table(name = "period_evaluation")
public class PeriodEvaluation extends PanacheEntityBase {

    public static final int MAX_REMARK = 4000;
    public static final String AUDIT_TYPE = "period_evaluation";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "period_evaluation_seq")
    @SequenceGenerator(name = "period_evaluation_seq", sequenceName = "period_evaluation_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    public ResponsibleBody body;

    @Column(name = "period_from")
    public LocalDate periodFrom;
    @Column(name = "period_to")
    public LocalDate periodTo;
    public String remark;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;

    public static Optional<PeriodEvaluation> of(ResponsibleBody body, LocalDate from, LocalDate to) {
        return find("body = ?1 and periodFrom = ?2 and periodTo = ?3", body, from, to).firstResultOptional();
    }

    /** The remarks of the period, by body id. */
    static Map<Long, PeriodEvaluation> ofPeriod(LocalDate from, LocalDate to) {
        List<PeriodEvaluation> all = list("periodFrom = ?1 and periodTo = ?2", from, to);
        return all.stream().collect(Collectors.toMap(e -> e.body.id, e -> e));
    }

    String auditText() {
        return "body: " + body.code + "\nperiod: " + periodFrom + " – " + periodTo + "\nremark: " + remark;
    }
}
