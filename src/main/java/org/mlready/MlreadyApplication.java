package org.mlready;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MlreadyApplication {

    public static void main(String[] args) {
        SpringApplication.run(MlreadyApplication.class, args);
    }
}
