package id.aduan.conversations;

/**
 * A chat just opened from the website: its public id and the token that only the visitor's browser
 * keeps. Shown once; Aduan keeps only the token's hash.
 */
public record StartedChat(String conversationId, String token) {
}
