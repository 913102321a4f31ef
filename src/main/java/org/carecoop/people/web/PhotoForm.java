package org.carecoop.people.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The photo upload form: one file. */
public class PhotoForm {

    private @Nullable MultipartFile photo;

    public @Nullable MultipartFile getPhoto() {
        return photo;
    }

    public void setPhoto(@Nullable MultipartFile photo) {
        this.photo = photo;
    }
}
