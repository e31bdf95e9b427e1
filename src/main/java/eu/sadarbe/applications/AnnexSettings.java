package eu.sadarbe.applications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of annexes ({@code sadarbe.applications.annexes.*}): the largest file accepted, and the quota of one
 * application: how many annexes it may hold and their total size. The largest file must stay below
 * {@code spring.servlet.multipart.max-file-size} so that the applicant gets this module's message, not a refusal
 * of the whole request.
 */
@ConfigurationProperties("sadarbe.applications.annexes")
public record AnnexSettings(@DefaultValue("5MB") DataSize maxFileSize, @DefaultValue("20") int maxCount,
                            @DefaultValue("30MB") DataSize maxTotalSize) {
}
