package cn.gov.talent.review;

import java.util.ArrayList;
import java.util.List;

/** What the expert types: points per criterion, the recommendation, the comments, and the version read. */
public class ScoreForm {

    private List<Integer> points = new ArrayList<>();

    private Recommendation recommendation;

    private String comments;

    private long version;

    public static ScoreForm of(Assignment assignment, int criteria) {
        var form = new ScoreForm();
        form.points = new ArrayList<>(assignment.getPoints(criteria));
        form.recommendation = assignment.getRecommendation();
        form.comments = assignment.getComments();
        form.version = assignment.getVersion();
        return form;
    }

    /** Room for each criterion of the rubric: a form refused before it was checked may have fewer points. */
    void fill(int criteria) {
        if (points == null) {
            points = new ArrayList<>();
        }
        while (points.size() < criteria) {
            points.add(null);
        }
    }

    public List<Integer> getPoints() {
        return points;
    }

    public void setPoints(List<Integer> points) {
        this.points = points;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
