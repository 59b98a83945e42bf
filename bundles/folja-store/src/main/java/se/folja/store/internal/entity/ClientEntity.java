package se.folja.store.internal.entity;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import se.folja.api.person.PersonalIdentityNumber;

/** A client: the only row that holds a personal identity number; everything else refers to its id. */
@Entity
@Table(name = "client")
public class ClientEntity {

    @Id
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    @Column(name = "id")
    private long id;

    @Column(name = "pin", nullable = false, length = 12, updatable = false)
    private String pin;

    @Column(name = "birth_day", nullable = false)
    private int birthDay;

    @Column(name = "legal_gender", nullable = false, length = 8)
    private String legalGender;

    protected ClientEntity() {
        // for JPA
    }

    public static ClientEntity of(PersonalIdentityNumber number) {
        ClientEntity entity = new ClientEntity();
        entity.pin = number.digits();
        entity.birthDay = Days.of(number.birthDate());
        entity.legalGender = number.legalGender().name();
        return entity;
    }

    public long id() {
        return id;
    }

    public PersonalIdentityNumber number() {
        return PersonalIdentityNumber.ofDigits(pin.trim());
    }

    /** @return the birth date as stored */
    public LocalDate birthDate() {
        return Days.toDate(birthDay);
    }
}
