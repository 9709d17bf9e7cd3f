import Foundation

/// The fitting objective: binary cross-entropy of FSRS-6's predicted recall against pass/fail, replayed along
/// each card's history, with its exact gradient by forward-mode differentiation (analytic partial derivatives).
///
/// Same model as fsrs-rs's training: whole-day gaps, a gap of 0 days uses the short-term formula, stability
/// clamped to [0.001, 36 500]; Hard, Good and Easy never lower stability on the same day (as py-fsrs and the
/// scheduler here).
enum FSRSLoss {
    static let sMin = 0.001
    static let sMax = 36_500.0
    static let ln09 = log(0.9)

    /// Sum of the loss over the targets of `role` in cards `cards`, and their count; adds the gradient of the sum
    /// to `grad` (21 entries) when it is not nil.
    static func run(_ data: FSRSDataset, cards: [Int], role: FSRSDataset.Role, w: [Double],
                    grad: UnsafeMutablePointer<Double>?, predictions: ((Int, Double) -> Void)? = nil) -> (Double, Int) {
        precondition(w.count == 21)
        let wantGrad = grad != nil
        var gS = [Double](repeating: 0, count: 21)
        var gD = [Double](repeating: 0, count: 21)
        let c = w[20]
        let decay = -c
        let f = pow(0.9, 1 / decay) - 1
        let e8 = exp(w[8])
        let e3w5 = exp(3 * w[5])
        let d0Easy = w[4] - e3w5 + 1
        let shortCap = exp(w[17] * w[18])
        var lossSum = 0.0
        var count = 0
        return gS.withUnsafeMutableBufferPointer { gSp in
            gD.withUnsafeMutableBufferPointer { gDp in
                let gs = gSp.baseAddress!, gd = gDp.baseAddress!
                for card in cards {
                    let lo = data.start[card]
                    let hi = role == .train ? data.endTrain[card] : role == .test ? data.endTest[card] : data.start[card + 1]
                    if hi <= lo + 1 && role != .history { continue }
                    // First review.
                    let g0 = Int(data.rating[lo])
                    var s = min(max(w[g0 - 1], sMin), sMax)
                    let d0raw = w[4] - exp(w[5] * Double(g0 - 1)) + 1
                    var d = min(max(d0raw, 1), 10)
                    if wantGrad {
                        for k in 0..<21 { gs[k] = 0; gd[k] = 0 }
                        if w[g0 - 1] > sMin && w[g0 - 1] < sMax { gs[g0 - 1] = 1 }
                        if d0raw > 1 && d0raw < 10 {
                            gd[4] = 1
                            gd[5] = -Double(g0 - 1) * exp(w[5] * Double(g0 - 1))
                        }
                    }
                    var i = lo + 1
                    while i < hi {
                        let t = Double(data.deltaT[i])
                        let g = Int(data.rating[i])
                        let gd6 = Double(g - 3)
                        // Recall probability and its partials (only needed when t > 0).
                        var r = 1.0, rS = 0.0, rC = 0.0
                        if t > 0 {
                            let u = 1 + f * t / s
                            r = FSRSModel.power(u, decay)
                            if wantGrad {
                                rS = r * c * f * t / (u * s * s)
                                rC = r * (-log(u) - t * (f + 1) * ln09 / (s * u * c))
                            }
                        }
                        if data.role[i] == role && role != .history {
                            let y = g > 1 ? 1.0 : 0.0
                            let p = min(max(r, 1e-12), 1 - 1e-12)
                            lossSum -= y * log(p) + (1 - y) * log(1 - p)
                            count += 1
                            predictions?(i, p)
                            if let grad, r == p {
                                let dl = -(y / p) + (1 - y) / (1 - p)
                                let a = dl * rS
                                for k in 0..<21 { grad[k] += a * gs[k] }
                                grad[20] += dl * rC
                            }
                        }
                        // New stability: coefficients of gS and gD plus sparse weight partials.
                        var sNew: Double
                        if t == 0 {
                            let sinc = exp(w[17] * (gd6 + w[18])) * FSRSModel.power(s, -w[19])
                            let floored = g >= 2 && sinc < 1
                            sNew = floored ? s : s * sinc
                            if wantGrad && !floored {
                                scale(gs, gd, (1 - w[19]) * sinc, 0)
                                gs[17] += sNew * (gd6 + w[18])
                                gs[18] += sNew * w[17]
                                gs[19] += -log(s) * sNew
                            }
                        } else if g == 1 {
                            let dp = FSRSModel.power(d, -w[12])
                            let p = FSRSModel.power(s + 1, w[13])
                            let q = exp(w[14] * (1 - r))
                            let long = w[11] * dp * (p - 1) * q
                            let short = s / shortCap
                            if long < short {
                                sNew = long
                                if wantGrad {
                                    let sR = -w[14] * long
                                    let cS = w[11] * dp * q * w[13] * p / (s + 1) + sR * rS
                                    let cD = -w[12] * long / d
                                    scale(gs, gd, cS, cD)
                                    gs[20] += sR * rC
                                    gs[11] += dp * (p - 1) * q
                                    gs[12] += -log(d) * long
                                    gs[13] += w[11] * dp * q * p * log(s + 1)
                                    gs[14] += (1 - r) * long
                                }
                            } else {
                                sNew = short
                                if wantGrad {
                                    scale(gs, gd, 1 / shortCap, 0)
                                    gs[17] += -w[18] * short
                                    gs[18] += -w[17] * short
                                }
                            }
                        } else {
                            let e = exp(w[10] * (1 - r))
                            let sp = FSRSModel.power(s, -w[9])
                            let h = g == 2 ? w[15] : 1
                            let b = g == 4 ? w[16] : 1
                            let core = e8 * (11 - d) * sp * (e - 1)  // a / (h b)
                            let a = core * h * b
                            sNew = s * (1 + a)
                            if wantGrad {
                                let sR = -s * e8 * (11 - d) * sp * h * b * e * w[10]
                                let cS = 1 + a * (1 - w[9]) + sR * rS
                                let cD = -s * e8 * sp * (e - 1) * h * b
                                scale(gs, gd, cS, cD)
                                gs[20] += sR * rC
                                gs[8] += s * a
                                gs[9] += -log(s) * s * a
                                gs[10] += s * e8 * (11 - d) * sp * h * b * e * (1 - r)
                                if g == 2 { gs[15] += s * core * b }
                                if g == 4 { gs[16] += s * core * h }
                            }
                        }
                        if sNew < sMin || sNew > sMax || sNew.isNaN {
                            sNew = sNew.isNaN ? sMin : min(max(sNew, sMin), sMax)
                            if wantGrad { for k in 0..<21 { gs[k] = 0 } }
                        }
                        // New difficulty.
                        let delta = -w[6] * gd6
                        let dl = d + (10 - d) * delta / 9
                        let dn = w[7] * d0Easy + (1 - w[7]) * dl
                        if dn <= 1 || dn >= 10 {
                            d = min(max(dn, 1), 10)
                            if wantGrad { for k in 0..<21 { gd[k] = 0 } }
                        } else {
                            if wantGrad {
                                let cd = (1 - w[7]) * (1 - delta / 9)
                                for k in 0..<21 { gd[k] *= cd }
                                gd[6] += (1 - w[7]) * (10 - d) * (-gd6) / 9
                                gd[7] += d0Easy - dl
                                gd[4] += w[7]
                                gd[5] += w[7] * (-3 * e3w5)
                            }
                            d = dn
                        }
                        s = sNew
                        i += 1
                    }
                }
                return (lossSum, count)
            }
        }
    }

    /// gS ← cS·gS + cD·gD (in place; gD unchanged).
    @inline(__always)
    static func scale(_ gs: UnsafeMutablePointer<Double>, _ gd: UnsafeMutablePointer<Double>, _ cS: Double, _ cD: Double) {
        if cD == 0 {
            for k in 0..<21 { gs[k] *= cS }
        } else {
            for k in 0..<21 { gs[k] = cS * gs[k] + cD * gd[k] }
        }
    }
}
