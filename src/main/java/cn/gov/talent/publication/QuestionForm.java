package cn.gov.talent.publication;

import java.io.Serializable;

/** The academic question the office types for the experts who reviewed the application. */
class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String question;

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
