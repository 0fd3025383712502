package org.mlready.labs;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.mlready.labs.upload.PngPlot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PNG plots of the visualisation lab and their instructor reviews. */
@Repository
class LabPlots {

    /** A plot without its bytes; the review fields are null until reviewed. */
    record Plot(long id, long accountId, String title, int width, int height, Instant submittedAt, String status,
                Integer axes, Integer chartType, Integer readability, Integer honesty, String comment,
                Long reviewerId, Instant reviewedAt) {

        public boolean reviewed() {
            return "REVIEWED".equals(status);
        }

        public String when() {
            return LabAttempts.when(submittedAt);
        }

        public String reviewedWhen() {
            return LabAttempts.when(reviewedAt);
        }

        public int total() {
            return reviewed() ? axes + chartType + readability + honesty : 0;
        }
    }

    /** The rubric: four criteria, each 0 (missing), 1 (partly) or 2 (well done). */
    record Review(int axes, int chartType, int readability, int honesty, String comment) {
        static final int MAX_TOTAL = 8;
    }

    private static final String COLUMNS = "id, account_id, title, width, height, submitted_at, status, axes_score, "
            + "chart_type_score, readability_score, honesty_score, review_comment, reviewer_id, reviewed_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    LabPlots(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    long store(long accountId, String title, PngPlot plot) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into lab_plots (account_id, title, png, width, height, submitted_at, status) "
                        + "values (?, ?, ?, ?, ?, ?, 'PENDING')")
                .params(accountId, title, plot.bytes(), plot.width(), plot.height(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Plot> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from lab_plots where id = ?").param(id).query(LabPlots::map).optional();
    }

    Optional<byte[]> png(long id) {
        return jdbc.sql("select png from lab_plots where id = ?").param(id)
                .query((rs, row) -> rs.getBytes("png")).optional();
    }

    List<Plot> ofAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from lab_plots where account_id = ? order by submitted_at desc, id desc")
                .param(accountId).query(LabPlots::map).list();
    }

    /** Oldest first: the review queue. */
    List<Plot> pending() {
        return jdbc.sql("select " + COLUMNS + " from lab_plots where status = 'PENDING' order by submitted_at, id")
                .query(LabPlots::map).list();
    }

    List<Plot> recentlyReviewed(int limit) {
        return jdbc.sql("select " + COLUMNS + " from lab_plots where status = 'REVIEWED' order by reviewed_at desc, id desc "
                + "limit " + limit).query(LabPlots::map).list();
    }

    boolean review(long id, long reviewerId, Review review) {
        return jdbc.sql("update lab_plots set status = 'REVIEWED', axes_score = ?, chart_type_score = ?, "
                        + "readability_score = ?, honesty_score = ?, review_comment = ?, reviewer_id = ?, reviewed_at = ? "
                        + "where id = ?")
                .params(review.axes(), review.chartType(), review.readability(), review.honesty(), review.comment(),
                        reviewerId, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), id)
                .update() == 1;
    }

    private static Plot map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime reviewedAt = rs.getObject("reviewed_at", OffsetDateTime.class);
        long reviewer = rs.getLong("reviewer_id");
        Long reviewerId = rs.wasNull() ? null : reviewer;
        return new Plot(rs.getLong("id"), rs.getLong("account_id"), rs.getString("title"), rs.getInt("width"),
                rs.getInt("height"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                rs.getString("status"), integer(rs, "axes_score"), integer(rs, "chart_type_score"),
                integer(rs, "readability_score"), integer(rs, "honesty_score"), rs.getString("review_comment"),
                reviewerId, reviewedAt == null ? null : reviewedAt.toInstant());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
