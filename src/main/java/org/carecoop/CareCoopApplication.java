package org.carecoop;

import java.util.Arrays;
import org.carecoop.platform.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * CareCoop: software for care and support platform co-operatives.
 *
 * <p>Started without arguments it serves the web application. With a command as its first argument
 * ({@code bench}, {@code import-postcodes}) it runs that command without starting the web server.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class CareCoopApplication {

    public static void main(String[] args) {
        if (args.length > 0 && Commands.isCommand(args[0])) {
            System.exit(Commands.run(CareCoopApplication.class, args[0], Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(CareCoopApplication.class, args);
    }
}
