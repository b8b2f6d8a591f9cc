package dev.crmcards.examples.spring;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's own API, beside the card: plain Spring MVC, untouched by the starter. Its PUT
 * reads a form parameter, which works because Spring's form filter still runs for these paths.
 */
@RestController
public class InvoiceController {
  private final InvoiceBook book;

  public InvoiceController(InvoiceBook book) {
    this.book = book;
  }

  @GetMapping("/api/invoices")
  public List<Invoice> invoices() {
    return book.all();
  }

  @PutMapping("/api/invoices/{number}/note")
  public String note(@PathVariable long number, @RequestParam String note) {
    return "invoice " + number + ": " + note;
  }
}
