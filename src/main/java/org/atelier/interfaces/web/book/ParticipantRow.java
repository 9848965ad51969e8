package org.atelier.interfaces.web.book;

import java.io.Serializable;

/** One "who else comes along" row of the booking form. */
public class ParticipantRow implements Serializable {

    private String name;
    private String email;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
