package org.atelier.domain.model.calendar;

/** A secret as stored: AES-GCM ciphertext (with its tag), its 96-bit nonce, and the key's number. */
public record SealedToken(byte[] cipher, byte[] iv, int keyVersion) {
}
