import Testing
@testable import Cards

@Suite struct EnglishVerbTests {
    static let pairs: [(String, String)] = [
        ("declared", "declare"), ("signed", "sign"), ("evacuated", "evacuate"), ("defeated", "defeat"),
        ("captured", "capture"), ("entered", "enter"), ("stopped", "stop"), ("occurred", "occur"),
        ("called", "call"), ("passed", "pass"), ("carried", "carry"), ("agreed", "agree"), ("invaded", "invade"),
        ("ended", "end"), ("joined", "join"), ("declined", "decline"), ("opened", "open"),
        ("established", "establish"), ("acquired", "acquire"), ("changed", "change"), ("belonged", "belong"),
        ("settled", "settle"), ("ruled", "rule"), ("escaped", "escape"), ("developed", "develop"),
        ("invoked", "invoke"), ("named", "name"), ("formed", "form"), ("voted", "vote"), ("visited", "visit"),
        ("created", "create"), ("united", "unite"), ("used", "use"), ("placed", "place"),
        ("continued", "continue"), ("controlled", "control"), ("added", "add"), ("proclaimed", "proclaim"),
        ("abandoned", "abandon"), ("annexed", "annex"), ("destroyed", "destroy"), ("allowed", "allow"),
        ("described", "describe"), ("attacked", "attack"), ("negotiated", "negotiate"), ("quoted", "quote"),
        ("took", "take"), ("sent", "send"), ("began", "begin"), ("led", "lead"), ("fought", "fight"), ("won", "win"),
    ]

    @Test(arguments: pairs)
    func baseForm(past: String, base: String) {
        #expect(EnglishVerb.base(ofPast: past) == base)
    }

    @Test(arguments: ["United", "hundred", "red", "Paris", "army"])
    func notAPastVerb(word: String) {
        #expect(EnglishVerb.base(ofPast: word) == nil)
    }

    /// Shapes the inverter must not touch fall back to the general form.
    @Test(arguments: [
        "After the battle, the army retreated",
        "The army had retreated to the river",
        "The king did not sign the treaty",
        "A very long subject of many words that goes on and on and on without a verb for a while finally arrived",
    ])
    func unsureShapesFallBack(statement: String) {
        #expect(EnglishQuestion.inverted(statement: statement, asking: "In what year") == nil)
        #expect(EnglishQuestion.question(statement: statement, asking: "In what year")
                == "In what year did this happen: \(statement)?")
    }
}
