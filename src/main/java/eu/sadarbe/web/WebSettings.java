package eu.sadarbe.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Settings of the web layer ({@code sadarbe.web.*}).
 *
 * @param maxJsonBody the largest JSON body the API reads; a larger one is refused with 413 before it is read
 */
@Validated
@ConfigurationProperties("sadarbe.web")
public record WebSettings(@DefaultValue("2MB") @NotNull DataSize maxJsonBody) {

    public WebSettings {
        if (maxJsonBody.toBytes() < 1 || maxJsonBody.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("sadarbe.web.max-json-body must be between 1B and 2GB");
        }
    }
}
